// The image findings, with their English and Vietnamese wording and the numbers behind them.
// One function per rule; `decoded` says whether the code still reads (then a finding is a warning about
// other phones) or does not (then it is the likely cause).
#pragma once

#include "qrdiag/report.h"

#include <string>

namespace qrdiag {

Finding small_modules_finding(double module_px, bool decoded);
Finding leaves_frame_finding(const std::string& sides_en, const std::string& sides_vi, double outside_share);
Finding too_far_for_distance_finding(double code_cm, double distance_cm);
Finding blur_finding(double edge_spread_modules, bool decoded);
Finding motion_blur_finding(double streak_modules, double angle_deg);
Finding damage_finding(double damage_ratio, double unused_ec, bool decoded);
Finding missing_finder_finding(int finders_found);
// A sharp code region with no finder pattern anywhere in it, and nothing else to explain that.
Finding no_finders_finding(double edge_spread_modules);
// Finders seen only once thin light lines across them were bridged: scratches cut their rings open.
Finding scratched_finders_finding(int finders_found);
Finding blotch_finding(double blotch_share);
Finding quiet_zone_finding(double modules, const std::string& side_en, const std::string& side_vi, bool decoded);
// A code that does not decode, and the dark share of the ring just outside its estimated outline.
Finding dark_surround_finding(double surround_dark_share);
// Dark and light modules too close in tone: faded print, or ink too pale.
Finding low_contrast_finding(double symbol_contrast, bool decoded);
Finding repaired_finding(CauseId cause, const std::string& repair_en, const std::string& repair_vi);
Finding unreadable_symbol_finding();
Finding finders_not_apart_finding();
// Of the finder patterns seen in a code that does not decode, `merged` have no light ring of their own.
Finding finders_merged_finding(int merged, int seen);
// A code that reads only with its tones swapped.
Finding light_on_dark_finding();
Finding no_code_finding();
// No QR code, but a barcode of another kind (`format` as ZXing names it) that payment apps do not read.
Finding other_barcode_finding(const std::string& format);
Finding physical_size_note(double module_mm, double max_distance_cm);

// Side names for quiet-zone and frame findings: 0 top, 1 right, 2 bottom, 3 left.
const char* side_name_en(int side);
const char* side_name_vi(int side);

}  // namespace qrdiag
