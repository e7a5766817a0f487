// qrdiag render PAYLOAD|IMAGE -o OUT.png|OUT.svg: a clean, printable code to replace a bad one.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "commands.h"
#include "console.h"
#include "escape.h"
#include "options.h"
#include "qrdiag/render.h"
#include "read_text_input.h"

namespace qrdiag::cli {
namespace {

constexpr const char* kExamples = R"(Examples:
  qrdiag render '00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F' -o shop.png
  qrdiag render worn_standee.jpg -o fresh.svg --size 8cm          the payload decoded from a photo
  qrdiag render "$TEXT" -o counter.png --distance 60cm --dpi 600    wide enough to read from 60 cm
  qrdiag render "$TEXT" -o test.png --force                         even if the payload fails validation

A PNG carries its resolution, so printing it at 100% gives the size asked for. The code has the
standard 4-module white margin; do not crop it.
Exit status: 0 written, 1 refused (the payload fails validation, or no code could be read from the image),
2 bad options or I/O errors.)";

constexpr int kExitRefused = 1;

class RenderCommand : public Command {
public:
    explicit RenderCommand(CLI::App& app)
    {
        command_ = app.add_subcommand("render", "Draw a clean, printable QR code for a payload or a photo's payload");
        command_->add_option("INPUT", input_, "The payload text (- for stdin), or an image to take it from")->required();
        command_->add_option("-o,--output", output_, "Where to write: a .png or .svg file")->required();
        command_->add_option("--size", size_, "Printed width including the white margin (4cm, 40mm); default 4cm");
        command_->add_option("--distance", options_.distance, "Make it wide enough to read from this far (60cm, 1m)");
        command_->add_option("--dpi", options_.dpi, "Print resolution of the PNG (default 300)")->check(CLI::PositiveNumber);
        command_->add_option("--ec", ec_level_, "Error correction: M (15%) or Q (25%)")
            ->check(CLI::IsMember({"M", "Q"}))
            ->capture_default_str();
        command_->add_flag("--force", force_, "Render even a payload that fails validation");
        command_->add_option("--max-pixels", options_.max_pixels, "For an image input: refuse above this many pixels")
            ->check(CLI::PositiveNumber);
        add_shared_options(*command_, options_, kPayloadOptions);
        command_->footer(kExamples);
    }

    bool parsed() const override { return command_->parsed(); }

    int run() override
    {
        auto check_options = check_options_or_report(options_);
        if (!check_options) return kExitUsage;
        RenderOptions render;
        render.dpi = options_.dpi.value_or(render.dpi);
        render.distance_cm = check_options->distance_cm;
        render.ec_level = ec_level_[0];
        if (!size_.empty()) {
            auto size = parse_length_cm(size_);
            if (!size) {
                print_error("--size: " + size.error);
                return kExitUsage;
            }
            render.width_cm = size.value;
        }
        const PayloadSource source = payload_to_render(*check_options);
        if (!source.payload) return source.exit_status;
        if (!validated(*source.payload, *check_options)) return kExitRefused;

        auto rendered = render_code(*source.payload, output_, render);
        if (!rendered) {
            print_error(fmt::format("{}: {}", output_, rendered.error));
            return kExitUsage;
        }
        const RenderedCode& r = *rendered.value;
        std::cout << fmt::format("{}: {:.2f} cm wide", escape_for_terminal(output_), r.width_cm);
        if (r.width_pixels) std::cout << fmt::format(" ({} px at {} dpi)", r.width_pixels, render.dpi);
        std::cout << fmt::format(", {} modules + {}-module margin, {:.2f} mm per module, error correction {}\n",
                                 r.modules, r.quiet_zone, r.module_mm, r.ec_level);
        return 0;
    }

private:
    struct PayloadSource {
        std::optional<std::string> payload;
        int exit_status = 0;  // when there is no payload
    };

    // The payload text, from the argument, stdin, or the first code decoded in an image. Errors are
    // said here.
    PayloadSource payload_to_render(const CheckOptions& check_options)
    {
        std::error_code ec;
        if (input_ == "-" || !std::filesystem::exists(input_, ec)) {
            auto text = read_text_input(input_, std::cin);
            if (!text) print_error(text.error);
            return {std::move(text.value), kExitUsage};
        }
        const Diagnosis d = diagnose_file(input_, check_options);
        if (d.verdict == Verdict::Error) {
            print_error(fmt::format("{}: {}", input_, d.error));
            return {std::nullopt, kExitUsage};
        }
        for (const CodeReport& code : d.codes)
            if (code.decoded) return {code.text, 0};
        print_error(fmt::format("{}: no QR code could be decoded from the image, so there is nothing to reprint", input_));
        return {std::nullopt, kExitRefused};
    }

    // A payload that fails validation is refused (unless --force), with the reasons; warnings are said.
    bool validated(const std::string& payload, const CheckOptions& check_options) const
    {
        const Diagnosis d = diagnose_payload(payload, check_options);
        const Lang lang = lang_of(options_);
        for (const Cause& c : d.causes)
            print_error(fmt::format("{} ({}): {}", to_string(c.id), to_string(c.severity), c.summary.in(lang)));
        if (d.verdict != Verdict::Fail) return true;
        if (force_) {
            print_error("rendering anyway (--force): this code will not pay as it is");
            return true;
        }
        print_error("refusing to render a payload that fails validation; fix it, or use --force for a test print");
        return false;
    }

    CLI::App* command_ = nullptr;
    std::string input_, output_, size_;
    std::string ec_level_ = "M";
    bool force_ = false;
    SharedOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_render_command(CLI::App& app) { return std::make_unique<RenderCommand>(app); }

}  // namespace qrdiag::cli
