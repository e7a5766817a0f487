// qrdiag payload [opts] TEXT|-: validate the text of a payment QR code.
#include <chrono>
#include <iostream>

#include "commands.h"
#include "console.h"
#include "read_text_input.h"
#include "reporter.h"

namespace qrdiag::cli {
namespace {

constexpr const char* kExamples = R"(Examples:
  qrdiag payload '00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN6304AE9F'
  zbarimg -q --raw photo.jpg | qrdiag payload -          the text decoded by another reader
  qrdiag payload "$TEXT" --expect-account 970416:257678859   is it the merchant's own account?
  qrdiag payload "$TEXT" --issued-at 2026-11-22T09:00:00+07:00 --ttl 15m --now 2026-11-22T09:20:00+07:00
  qrdiag payload "$TEXT" --format json --lang vi

Exit status: 0 the payload passes (or only warns), 1 it fails (or warns, with --fail-on warn),
2 bad options or unreadable input.)";

class PayloadCommand : public Command {
public:
    explicit PayloadCommand(CLI::App& app)
    {
        command_ = app.add_subcommand("payload", "Validate the text of a payment QR code (EMV, VietQR, VNPAY-QR)");
        command_->add_option("TEXT", text_, "The payload, or - to read it from stdin")->required();
        add_shared_options(*command_, options_, kPayloadOptions | kReportOptions);
        command_->footer(kExamples);
    }

    bool parsed() const override { return command_->parsed(); }

    int run() override
    {
        const auto check_options = check_options_or_report(options_);
        if (!check_options) return kExitUsage;
        auto text = read_text_input(text_, std::cin);
        if (!text) {
            print_error(text.error);
            return kExitUsage;
        }
        const auto start = std::chrono::steady_clock::now();
        Diagnosis d = diagnose_payload(*text.value, *check_options);
        // Named for where it came from: "-" is stdin, as on the command line.
        if (text_ != "-") d.input = "(argument)";
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        Reporter reporter(options_, *check_options, 1, "qrdiag payload");
        reporter.add(d, seconds, *text.value);
        return reporter.finish();
    }

private:
    CLI::App* command_ = nullptr;
    std::string text_;
    SharedOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_payload_command(CLI::App& app) { return std::make_unique<PayloadCommand>(app); }

}  // namespace qrdiag::cli
