// The command line's own logic: lengths, input expansion, annotate paths, summary and exit status.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "annotate_paths.h"
#include "inputs.h"
#include "options.h"
#include "summary.h"

using namespace qrdiag;
using namespace qrdiag::cli;
namespace fs = std::filesystem;

TEST_CASE("lengths take cm, m and mm; a bare number is cm")
{
    CHECK(*parse_length_cm("40cm").value == doctest::Approx(40));
    CHECK(*parse_length_cm("0.5m").value == doctest::Approx(50));
    CHECK(*parse_length_cm("300mm").value == doctest::Approx(30));
    CHECK(*parse_length_cm("12").value == doctest::Approx(12));
    CHECK_FALSE(parse_length_cm("-3cm"));
    CHECK_FALSE(parse_length_cm("far"));
    CHECK(parse_length_cm("3ft").error.find("unknown unit") == 0);
}

TEST_CASE("inputs: files as given, directories walked and sorted, '-' reads a list")
{
    const fs::path dir = fs::temp_directory_path() / ("qrdiag_test_inputs_" + std::to_string(::getpid()));
    fs::create_directories(dir / "b");
    fs::create_directories(dir / "a");
    fs::create_directories(dir / "none");
    for (const char* name : {"b/2.jpg", "a/1.PNG", "a/notes.txt", "0.webp", "none/readme"}) std::ofstream(dir / name) << "x";
    std::istringstream list("one.png\r\n\n" + (dir / "a").string() + "\n");
    const auto inputs = expand_inputs({"missing.png", dir.string(), (dir / "none").string(), "-"}, list);
    CHECK(inputs == std::vector<std::string>{"missing.png", (dir / "0.webp").string(), (dir / "a/1.PNG").string(),
                                             (dir / "b/2.jpg").string(), (dir / "none").string(), "one.png",
                                             (dir / "a/1.PNG").string()});
    fs::remove_all(dir);
}

TEST_CASE("annotate paths: one file, a directory, or a pattern")
{
    CHECK(annotate_paths("", {"a.png"}) == std::vector<std::string>{""});
    CHECK(annotate_paths("out.png", {"a.png"}) == std::vector<std::string>{"out.png"});
    CHECK(annotate_paths("marked/{stem}-{index}.png", {"x/a.jpg", "y/b.png"}) ==
          std::vector<std::string>{"marked/a-1.png", "marked/b-2.png"});
    const fs::path dir = fs::temp_directory_path() / ("qrdiag_test_annotate_" + std::to_string(::getpid()));
    CHECK(annotate_paths(dir.string(), {"x/a.jpg", "y/a.png"}) ==
          std::vector<std::string>{(dir / "a.annotated.png").string(), (dir / "a-2.annotated.png").string()});
    CHECK(fs::is_directory(dir));
    fs::remove_all(dir);
}

TEST_CASE("exit status: errors 2, failures 1 (warnings too with --fail-on warn), else 0")
{
    Summary s;
    Diagnosis d;
    d.verdict = Verdict::Pass;
    s.add(d);
    CHECK(exit_status(s, Verdict::Fail) == 0);
    d.verdict = Verdict::Warn;
    s.add(d);
    CHECK(exit_status(s, Verdict::Fail) == 0);
    CHECK(exit_status(s, Verdict::Warn) == 1);
    d.verdict = Verdict::Fail;
    Cause c;
    c.id = CauseId::Expired;
    d.causes = {c, c};  // counted once per input
    s.add(d);
    CHECK(exit_status(s, Verdict::Fail) == 1);
    CHECK(s.causes == std::map<std::string, std::size_t>{{"expired", 1}});
    d.verdict = Verdict::Error;
    s.add(d);
    CHECK(exit_status(s, Verdict::Fail) == 2);
    CHECK(s.inputs == 4);
    CHECK(to_json(s)["error"] == 1);
}
