// qrdiag: says why a bank payment QR code will not scan or pay, and what to do about it.
// A thin front end: parse the command line, run the chosen subcommand, map the outcome to an exit status.
#include <iostream>
#include <vector>

#include <CLI/CLI.hpp>

#include "commands.h"
#include "console.h"

int main(int argc, char** argv)
{
    using namespace qrdiag::cli;
    CLI::App app{"qrdiag: says why a bank payment QR code will not scan or pay, and what to do about it"};
    app.set_version_flag("--version", QRDIAG_VERSION);
    app.require_subcommand(1);
    app.footer("Run 'qrdiag SUBCOMMAND --help' for a subcommand's options and examples.");
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(make_check_command(app));
    commands.push_back(make_payload_command(app));
    commands.push_back(make_triage_command(app));
    commands.push_back(make_stats_command(app));
    commands.push_back(make_render_command(app));
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e, std::cout, std::cout);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e, std::cout, std::cout);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e, std::cout, std::cout);
    } catch (const CLI::ParseError& e) {
        print_error(std::string(e.what()) + " (see qrdiag --help)");
        return kExitUsage;
    }
    init_console();
    for (const auto& command : commands)
        if (command->parsed()) return command->run();
    return kExitUsage;
}
