// Runs the labelled payload corpora (tests/data/payloads/corpus.tsv from make_corpus.py: defects built one
// by one with real payloads from public libraries; mutations.tsv from make_mutations.py: random mutations
// of varied valid codes) and checks that the first cause named, and the rule behind it, are the expected ones.
// real_payloads.tsv holds payloads collected as published (library docs and tests, API examples, real codes
// quoted in code), each with its source, checked for verdict and first cause through diagnose_payload.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "qrdiag/diagnose.h"
#include "qrdiag/payload.h"

using namespace qrdiag;

namespace {

struct Case {
    std::string expected_cause, expected_rule, options, payload, note;
    int line = 0;
};

std::string unescape(const std::string& shown)
{
    std::string out;
    for (std::size_t i = 0; i < shown.size(); ++i) {
        if (shown[i] == '\\' && i + 3 < shown.size() && shown[i + 1] == 'x') {
            out += static_cast<char>(std::stoi(shown.substr(i + 2, 2), nullptr, 16));
            i += 3;
        } else {
            out += shown[i];
        }
    }
    return out;
}

std::vector<std::string> split(const std::string& line, char sep)
{
    std::vector<std::string> parts;
    std::stringstream in(line);
    for (std::string part; std::getline(in, part, sep);) parts.push_back(part);
    return parts;
}

struct Row {
    int line;
    std::vector<std::string> columns;
};

// The rows of a TSV file under tests/data/payloads/ after its header, each with `width` columns.
std::vector<Row> read_rows(const std::string& name, std::size_t width)
{
    std::ifstream in(QRDIAG_SOURCE_DIR "/tests/data/payloads/" + name);
    std::vector<Row> rows;
    int number = 0;
    for (std::string line; std::getline(in, line);) {
        if (++number == 1) continue;
        rows.push_back({number, split(line, '\t')});
        REQUIRE_MESSAGE(rows.back().columns.size() == width, name << " line " << number);
    }
    return rows;
}

std::vector<Case> load_corpus(const std::string& name)
{
    std::vector<Case> cases;
    for (const auto& [line, columns] : read_rows(name, 4)) {
        Case c;
        const auto slash = columns[0].find('/');
        c.expected_cause = columns[0].substr(0, slash);
        if (slash != std::string::npos) c.expected_rule = columns[0].substr(slash + 1);
        c.options = columns[1];
        c.payload = unescape(columns[2]);
        c.note = columns[3];
        c.line = line;
        cases.push_back(std::move(c));
    }
    return cases;
}

PayloadOptions options_for(const std::string& text)
{
    PayloadOptions options;
    for (const std::string& option : split(text, ';')) {
        const auto eq = option.find('=');
        const std::string key = option.substr(0, eq), value = eq == std::string::npos ? "" : option.substr(eq + 1);
        if (key == "now") options.now = *parse_time(value).value;
        if (key == "expect") options.expect_account = *parse_account_ref(value).value;
        if (key == "standee") options.standee = true;
        if (key == "issued_at") options.issued_at = *parse_time(value).value;
        if (key == "ttl") options.ttl = *parse_duration(value).value;
        if (key == "order") {
            const auto at = value.find('@');
            options.orders.push_back({value.substr(0, at), *parse_time(value.substr(at + 1)).value});
        }
    }
    return options;
}

void run_corpus(const std::string& name)
{
    const std::vector<Case> cases = load_corpus(name);
    REQUIRE(cases.size() >= 150);
    int right_cause = 0, right_rule = 0, valid = 0, valid_passed = 0;
    for (const Case& c : cases) {
        const PayloadReport report = check_payload(c.payload, options_for(c.options));
        const std::vector<Cause> causes = rank_causes(report.findings);
        const std::string first = causes.empty() ? "pass" : std::string(to_string(causes.front().id));
        const std::string rule = causes.empty() ? "" : causes.front().findings.front().rule;
        CHECK_MESSAGE(first == c.expected_cause, "line " << c.line << " (" << c.note << "): got " << first << " "
                                                          << rule << ": "
                                                          << (causes.empty() ? "" : causes.front().summary.en));
        if (!c.expected_rule.empty())
            CHECK_MESSAGE(rule == c.expected_rule, "line " << c.line << " (" << c.note << ")");
        right_cause += first == c.expected_cause;
        right_rule += c.expected_rule.empty() || rule == c.expected_rule;
        if (c.expected_cause == "pass") {
            ++valid;
            valid_passed += causes.empty();
        }
    }
    MESSAGE(name << ": " << cases.size() << " payloads, first cause right for " << right_cause << ", lead rule right for "
                       << right_rule << ", valid passing " << valid_passed << "/" << valid);
}

struct RealPayload {
    std::string payload, source, verdict, first_cause, note;
    int line = 0;
};

std::vector<RealPayload> load_real_payloads()
{
    std::vector<RealPayload> rows;
    for (const auto& [line, c] : read_rows("real_payloads.tsv", 5)) rows.push_back({c[0], c[1], c[2], c[3], c[4], line});
    return rows;
}

}  // namespace

TEST_CASE("real payloads: verdict and first cause as expected")
{
    const std::vector<RealPayload> rows = load_real_payloads();
    // Rows whose outcome depends on today's date (an expiry written in the payload) are left out of the file.
    REQUIRE(rows.size() == 70);
    for (const RealPayload& row : rows) {
        const Diagnosis d = diagnose_payload(row.payload);
        const std::string first = d.causes.empty() ? "pass" : std::string(to_string(d.causes.front().id));
        INFO("line " << row.line << " (" << row.note << ", from " << row.source << ")");
        INFO("lead: " << (d.causes.empty() ? "" : d.causes.front().findings.front().rule + ": " +
                                                      d.causes.front().summary.en));
        CHECK(to_string(d.verdict) == row.verdict);
        CHECK(first == row.first_cause);
    }
}

TEST_CASE("payload corpus: the first cause named is the expected one")
{
    run_corpus("corpus.tsv");
}

TEST_CASE("payload mutations: the first cause named is the expected one")
{
    run_corpus("mutations.tsv");
}
