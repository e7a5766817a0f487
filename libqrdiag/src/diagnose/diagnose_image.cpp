// The image half of `qrdiag check`: decode (one ZXing pass; retries only on failure), measure what
// decoded, and when nothing did, locate QR-like candidates and find out why they do not read.
#include "qrdiag/diagnose.h"

#include "annotate/annotate.h"
#include "decode/decode_qr.h"
#include "diagnose/diagnose_undecoded.h"
#include "diagnose/image_input.h"
#include "locate/candidates.h"
#include "measure/decoded_findings.h"
#include "measure/image_findings.h"
#include "measure/measure_decoded.h"
#include "repair/repairs.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdint>

namespace qrdiag {
namespace {

// A payer meets a code that phones do not read before its payload: for a code only a retry, the most
// tolerant decoder or a repair read, the payload's findings rank below the image's.
constexpr double kPayloadWeightBehindImage = 0.8;
// OpenCV's QR detector seeds k-means from the thread's random generator, whose state depends on what that
// thread ran before: a batch on several threads gave one picture a candidate on some runs and not on
// others. Each image starts from the same state, so its diagnosis depends on the image alone.
constexpr std::uint64_t kRandomSeed = 0x5152444941470001;  // "QRDIAG" 1

void add_payload_findings(CodeReport& code, const CheckOptions& options, bool read_by_default,
                          std::vector<Finding>& blamed, std::vector<Finding>& notes)
{
    code.payload = check_payload(code.text, options.payload);
    for (Finding f : code.payload->findings) {
        if (!read_by_default) f.weight *= kPayloadWeightBehindImage;
        (f.severity == Severity::Info ? notes : blamed).push_back(std::move(f));
    }
}

// Returns whether the candidate gave a reason: every finding it keeps names an image cause.
bool add_candidate_findings(const cv::Mat& gray, const std::vector<Candidate>& candidates, std::vector<Finding>& blamed)
{
    bool blamed_any = false;
    for (Finding& f : diagnose_undecoded(gray, candidates, false).findings)
        if (f.cause != CauseId::NoCodeFound && f.rule != "image.unreadable_symbol") {
            blamed.push_back(std::move(f));
            blamed_any = true;
        }
    return blamed_any;
}

// A candidate lies on a barcode of another kind when either's centre is inside the other's outline (a
// 1-D barcode's outline from ZXing can be a thin band along its scan line).
bool covers(const Candidate& c, const OtherBarcode& b)
{
    const auto centre = [](const Quad& q) { return (q[0] + q[1] + q[2] + q[3]) * 0.25f; };
    const auto inside = [](const Quad& q, cv::Point2f p) {
        return cv::pointPolygonTest(std::vector<cv::Point2f>(q.begin(), q.end()), p, false) >= 0;
    };
    return inside(c.corners, centre(b.corners)) || inside(b.corners, centre(c.corners));
}

// WeChat without its models reports the picture's corners; our own finder search places the symbol.
void place_by_finders(const std::vector<Candidate>& candidates, DecodedSymbol& symbol)
{
    for (const Candidate& c : candidates)
        if (c.source == CandidateSource::FinderTriple) {
            symbol.corners = c.corners;
            symbol.has_position = true;
            return;
        }
}

CodeReport decoded_code(const cv::Mat& gray, const std::vector<Candidate>& candidates, const DecodedSymbol& symbol,
                        const PhysicalContext& physical,
                        bool read_by_default, std::vector<Finding>& blamed, std::vector<Finding>& notes)
{
    CodeReport code;
    code.text = symbol.text;
    code.decoded = true;
    code.decoder = symbol.decoder;
    code.ec_level = symbol.ec_level;
    DecodedSymbol placed = symbol;
    if (!placed.has_position) place_by_finders(candidates, placed);
    // A light-on-dark code is measured as its tones swapped, the picture its reader saw.
    cv::Mat swapped;
    if (symbol.light_on_dark) {
        cv::bitwise_not(gray, swapped);
        blamed.push_back(light_on_dark_finding());
    }
    if (auto measured = measure_decoded(symbol.light_on_dark ? swapped : gray, placed)) {
        for (int i = 0; i < 4; ++i) code.corners[static_cast<std::size_t>(i)] = {placed.corners[i].x, placed.corners[i].y};
        code.version = measured->version;
        add_physical_size(measured->evidence.measures, measured->modules, physical);
        code.measures = measured->evidence.measures;
        for (Finding& f : decoded_findings(measured->evidence, measured->modules, physical, read_by_default))
            (f.severity == Severity::Info ? notes : blamed).push_back(std::move(f));
    }
    return code;
}

Diagnosis diagnose_gray_unguarded(const cv::Mat& gray, const CheckOptions& options, std::optional<double> file_dpi)
{
    Diagnosis d;
    d.width = gray.cols;
    d.height = gray.rows;
    const PhysicalContext physical{options.dpi ? options.dpi : file_dpi, options.distance_cm};

    std::vector<DecodedSymbol> symbols = decode_first_pass(gray);
    const bool read_by_default = !symbols.empty();
    if (!read_by_default) symbols = decode_with_retries(gray);

    // Candidates are located only for a code the default pass missed: a closer look at each may read it
    // (WeChat's look only at the likeliest: it costs several ZXing passes).
    std::vector<Candidate> candidates;
    if (!read_by_default) candidates = ranked_candidates(gray);
    // A barcode of another kind is read where one of them lies (a Data Matrix label, a product's EAN):
    // that candidate is the barcode, not a QR code that failed.
    std::optional<OtherBarcode> other;
    if (symbols.empty() && (other = read_other_barcode(gray)))
        std::erase_if(candidates, [&](const Candidate& c) { return covers(c, *other); });
    for (std::size_t i = 0; symbols.empty() && i < candidates.size(); ++i)
        if (auto s = decode_candidate(gray, candidates[i], i == 0)) symbols.push_back(std::move(*s));

    std::vector<Finding> blamed;
    std::vector<AnnotatedCode> marks;
    for (const DecodedSymbol& symbol : symbols) {
        d.codes.push_back(decoded_code(gray, candidates, symbol, physical, read_by_default, blamed, d.notes));
        add_payload_findings(d.codes.back(), options, read_by_default, blamed, d.notes);
        // Read only by a tolerant decoder and not placed on a grid: say why phones miss it from what
        // the candidate shows.
        if (!read_by_default && !d.codes.back().measures && !add_candidate_findings(gray, candidates, blamed))
            blamed.push_back(finders_not_apart_finding());
    }
    if (symbols.empty()) {
        UndecodedDiagnosis u = diagnose_undecoded(gray, candidates);
        // Nothing QR-like but a barcode of another kind: say what it is.
        if (candidates.empty() && other) u.findings = {other_barcode_finding(other->format)};
        for (CodeReport& code : u.codes) {
            if (code.decoded) add_payload_findings(code, options, false, blamed, d.notes);
            d.codes.push_back(std::move(code));
        }
        blamed.insert(blamed.end(), u.findings.begin(), u.findings.end());
        marks = std::move(u.marks);
    }
    d.causes = rank_causes(blamed);
    d.verdict = verdict_of(d.causes);
    if (!options.annotate_path.empty()) {
        if (std::string error = write_annotated(gray, d, marks, options.annotate_path); !error.empty()) {
            Finding note;
            note.cause = CauseId::UnreadableInput;
            note.severity = Severity::Info;
            note.rule = "annotate.write_failed";
            note.summary = {"Could not write the annotated image: " + error + ".",
                            "Không ghi được ảnh chú thích: " + error + "."};
            d.notes.push_back(std::move(note));
        }
    }
    return d;
}

}  // namespace

// A batch must carry on past any one image: an OpenCV assertion or allocation failure deep in a stage
// becomes this image's error, never a crash of the whole run.
Diagnosis diagnose_gray(const cv::Mat& gray, const CheckOptions& options, std::optional<double> file_dpi)
{
    cv::theRNG() = cv::RNG(kRandomSeed);
    try {
        return diagnose_gray_unguarded(gray, options, file_dpi);
    } catch (const std::exception&) {
        const std::string error = "the image could not be analysed (internal error)";
        Diagnosis d;
        d.width = gray.cols;
        d.height = gray.rows;
        d.verdict = Verdict::Error;
        d.error = error;
        d.causes = rank_causes({unreadable_input_finding(error)});
        return d;
    }
}

Diagnosis diagnose_image(const ImageView& image, const CheckOptions& options)
{
    auto gray = gray_from_view(image);
    if (!gray) {
        Diagnosis d;
        d.verdict = Verdict::Error;
        d.error = gray.error;
        d.causes = rank_causes({unreadable_input_finding(gray.error)});
        return d;
    }
    return diagnose_gray(*gray.value, options, std::nullopt);
}

}  // namespace qrdiag
