// The subcommands. Each registers itself on the app and runs when it was the one given.
#pragma once

#include <memory>

#include <CLI/CLI.hpp>

namespace qrdiag::cli {

class Command {
public:
    virtual ~Command() = default;
    virtual bool parsed() const = 0;
    // Returns the exit status.
    virtual int run() = 0;
};

std::unique_ptr<Command> make_check_command(CLI::App& app);
std::unique_ptr<Command> make_payload_command(CLI::App& app);
std::unique_ptr<Command> make_triage_command(CLI::App& app);
std::unique_ptr<Command> make_stats_command(CLI::App& app);
std::unique_ptr<Command> make_render_command(CLI::App& app);

// Exit statuses shared by every command.
inline constexpr int kExitUsage = 2;  // bad options, unreadable input, I/O errors

}  // namespace qrdiag::cli
