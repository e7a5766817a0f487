// qrdiag triage IMAGE|TEXT: the reply a support agent pastes back to the customer.
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <sstream>

#include "commands.h"
#include "console.h"
#include "escape.h"
#include "qrdiag/triage.h"
#include "read_text_input.h"
#include "complaint_logger.h"
#include "options.h"

namespace qrdiag::cli {
namespace {

constexpr const char* kExamples = R"(Examples:
  qrdiag triage customer_photo.jpg --lang vi                 reply in Vietnamese to paste back
  qrdiag triage photo.jpg --annotate marked.png             cite a marked-up picture as evidence
  qrdiag triage '000201010212...6304ABCD' --now 2026-11-22T10:00:00+07:00
  qrdiag triage photo.jpg --log complaints.jsonl             also record the complaint for 'qrdiag stats'

An existing file is checked as an image; anything else is taken as the payload text ("-": stdin).
Exit status: 0 a reply was written (whatever it says), 2 bad options or an unreadable input.)";

class TriageCommand : public Command {
public:
    explicit TriageCommand(CLI::App& app)
    {
        command_ = app.add_subcommand("triage", "Write a reply for a customer who reported \"QR invalid\"");
        command_->add_option("INPUT", input_, "A photo or screenshot of the code, or its payload text (- for stdin)")
            ->required();
        add_shared_options(*command_, options_, kPayloadOptions | kImageOptions);
        command_->add_option("--log", options_.log, "Append a record of this complaint to a log (JSON lines)");
        command_->footer(kExamples);
    }

    bool parsed() const override { return command_->parsed(); }

    int run() override
    {
        auto check_options = check_options_or_report(options_);
        if (!check_options) return kExitUsage;
        std::error_code ec;
        const bool is_file = input_ != "-" && std::filesystem::exists(input_, ec);
        std::optional<std::string> payload_text;
        Diagnosis d;
        if (is_file) {
            check_options->annotate_path = options_.annotate;
            d = diagnose_file(input_, *check_options);
        } else {
            auto text = read_text_input(input_, std::cin);
            if (!text) {
                print_error(text.error);
                return kExitUsage;
            }
            payload_text = std::move(text.value);
            d = diagnose_payload(*payload_text, *check_options);
        }
        if (d.verdict == Verdict::Error) print_error(fmt::format("{}: {}", d.input, d.error));
        ComplaintLogger log(options_.log, check_options->payload.now);
        log.record(d, payload_text ? std::optional<std::string_view>(*payload_text) : std::nullopt);

        TriageOptions triage;
        triage.lang = lang_of(options_);
        std::error_code exists_ec;
        if (is_file && !options_.annotate.empty() && std::filesystem::exists(options_.annotate, exists_ec))
            triage.annotated_image = options_.annotate;
        // The reply holds input text (field values, file names): each line is escaped for the terminal.
        std::istringstream reply(compose_reply(d, triage));
        for (std::string line; std::getline(reply, line);) std::cout << escape_for_terminal(line) << '\n';
        return d.verdict == Verdict::Error || log.failed() ? kExitUsage : 0;
    }

private:
    CLI::App* command_ = nullptr;
    std::string input_;
    SharedOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_triage_command(CLI::App& app) { return std::make_unique<TriageCommand>(app); }

}  // namespace qrdiag::cli
