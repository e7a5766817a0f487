// The complaint log: SHA-256 test vectors, the record's JSON line, appending, counting.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "qrdiag/complaint_log.h"

using namespace qrdiag;
namespace fs = std::filesystem;

TEST_CASE("SHA-256 matches the FIPS 180-4 examples")
{
    CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256_hex(std::string(1'000'000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

namespace {

Diagnosis failing_diagnosis()
{
    Diagnosis d;
    d.input = "/secret/customer-name.png";
    d.verdict = Verdict::Fail;
    Cause expired;
    expired.id = CauseId::Expired;
    Cause blur;
    blur.id = CauseId::BlurDamage;
    d.causes = {expired, blur};
    CodeReport code;
    code.decoded = true;
    code.text = "000201...";
    PayloadReport payload;
    payload.scheme = Scheme::VietQR;
    payload.bank_bin = "970416";
    payload.bank_name = "ACB";
    code.payload = payload;
    d.codes.push_back(code);
    return d;
}

TimePoint at(long seconds) { return TimePoint(std::chrono::seconds(seconds)); }

}  // namespace

TEST_CASE("a record holds what is counted and nothing that identifies the customer")
{
    const ComplaintRecord r = make_complaint_record(failing_diagnosis(), "image", sha256_hex("bytes"), at(1'763'800'000));
    const std::string line = to_json_line(r);
    CHECK(line.back() == '\n');
    CHECK(std::count(line.begin(), line.end(), '\n') == 1);
    const auto j = nlohmann::json::parse(line);
    CHECK(j["time"] == "2025-11-22T08:26:40Z");
    CHECK(j["kind"] == "image");
    CHECK(j["verdict"] == "fail");
    CHECK(j["causes"] == nlohmann::json::array({"expired", "blur_damage"}));
    CHECK(j["scheme"] == "vietqr");
    CHECK(j["bank_bin"] == "970416");
    CHECK(j["bank_name"] == "ACB");
    CHECK(line.find("secret") == std::string::npos);
    CHECK(line.find("000201") == std::string::npos);
}

TEST_CASE("appended records are counted over a period; junk lines are skipped and counted")
{
    const fs::path log = fs::temp_directory_path() / ("qrdiag_test_log_" + std::to_string(::getpid()) + ".jsonl");
    fs::remove(log);
    Diagnosis passing;
    passing.verdict = Verdict::Pass;
    CHECK(append_complaint(log, make_complaint_record(failing_diagnosis(), "image", "h1", at(1000))).empty());
    CHECK(append_complaint(log, make_complaint_record(failing_diagnosis(), "payload", "h2", at(2000))).empty());
    std::ofstream(log, std::ios::app) << "{not json\n\n";
    CHECK(append_complaint(log, make_complaint_record(passing, "payload", "h3", at(3000))).empty());

    auto all = read_complaint_stats(log, std::nullopt);
    REQUIRE(all);
    CHECK(all.value->records == 3);
    CHECK(all.value->unreadable_lines == 1);
    CHECK(all.value->causes == std::map<std::string, std::size_t>{{"expired", 2}, {"blur_damage", 2}});
    CHECK(all.value->verdicts == std::map<std::string, std::size_t>{{"fail", 2}, {"pass", 1}});
    CHECK(all.value->banks == std::map<std::string, std::size_t>{{"970416 ACB", 2}});
    CHECK(all.value->schemes == std::map<std::string, std::size_t>{{"vietqr", 2}});
    CHECK(all.value->days == std::map<std::string, std::size_t>{{"1970-01-01", 3}});
    CHECK(all.value->causes_by_day.at("1970-01-01").at("expired") == 2);
    CHECK(*all.value->first == at(1000));
    CHECK(*all.value->last == at(3000));

    auto recent = read_complaint_stats(log, at(2000));
    REQUIRE(recent);
    CHECK(recent.value->records == 2);
    CHECK(recent.value->causes.at("expired") == 1);

    CHECK_FALSE(read_complaint_stats(log.string() + ".missing", std::nullopt));
    CHECK(append_complaint("/nonexistent-dir/log.jsonl", make_complaint_record(passing, "payload", "h", at(0)))
              .find("cannot open the log") == 0);
    fs::remove(log);
}
