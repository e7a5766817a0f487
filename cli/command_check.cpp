// qrdiag check [opts] INPUT...: image files, directories, or "-" for a list of paths on stdin.
#include <iostream>
#include <thread>

#include "annotate_paths.h"
#include "batch.h"
#include "commands.h"
#include "console.h"
#include "inputs.h"
#include "reporter.h"

namespace qrdiag::cli {
namespace {

constexpr const char* kExamples = R"(Examples:
  qrdiag check standee.jpg                      one photo, explained for a person
  qrdiag check photos/ --format jsonl > out.jsonl   a folder, one JSON line per image
  find . -name '*.png' | qrdiag check - -j 4    paths from stdin, four workers
  qrdiag check prints/ --format junit --fail-on warn > junit.xml
  qrdiag check shop.jpg --standee --distance 60cm --dpi 300 --annotate shop.annotated.png
  qrdiag check codes/ --expect-account 970416:257678859 --orders orders.csv

Exit status: 0 every input passes (or only warns), 1 an input fails (or warns, with --fail-on warn),
2 bad options or an input that could not be read.)";

class CheckCommand : public Command {
public:
    explicit CheckCommand(CLI::App& app)
    {
        command_ = app.add_subcommand("check", "Check images of payment QR codes: will they scan and pay?");
        command_->add_option("INPUT", inputs_, "Image files, directories (searched recursively), or - for a list of paths on stdin")
            ->required();
        command_->add_option("-j,--jobs", jobs_, "Images checked in parallel (default: all cores)")
            ->check(CLI::PositiveNumber);
        add_shared_options(*command_, options_, kPayloadOptions | kImageOptions | kReportOptions);
        command_->footer(kExamples);
    }

    bool parsed() const override { return command_->parsed(); }

    int run() override
    {
        const auto check_options = check_options_or_report(options_);
        if (!check_options) return kExitUsage;
        const std::vector<std::string> paths = expand_inputs(inputs_, std::cin);
        if (paths.empty()) {  // "-" with an empty list: checking nothing must not look like a pass
            print_error("no inputs to check (the list on stdin was empty)");
            return kExitUsage;
        }
        const std::vector<std::string> annotations = annotate_paths(options_.annotate, paths);
        std::vector<BatchItem> items;
        for (std::size_t i = 0; i < paths.size(); ++i) items.push_back({paths[i], annotations[i]});

        Reporter reporter(options_, *check_options, items.size(), "qrdiag check");
        const unsigned jobs = jobs_ ? jobs_ : std::max(1u, std::thread::hardware_concurrency());
        run_batch(
            items, *check_options, jobs,
            [&](std::size_t, BatchResult&& result) { reporter.add(result.diagnosis, result.seconds); },
            [&](std::size_t done) { reporter.progress(done); });
        return reporter.finish();
    }

private:
    CLI::App* command_ = nullptr;
    std::vector<std::string> inputs_;
    unsigned jobs_ = 0;
    SharedOptions options_;
};

}  // namespace

std::unique_ptr<Command> make_check_command(CLI::App& app) { return std::make_unique<CheckCommand>(app); }

}  // namespace qrdiag::cli
