// The reply follows good complaint handling (docs/causes.md): recap what was found so the customer knows
// they were understood, apologise briefly, give the cause and the fix addressed to whoever must act, back
// it with evidence, and offer to escalate.
#include <fmt/format.h>

#include "qrdiag/triage.h"
#include "triage/plain_words.h"

namespace qrdiag {

namespace {

struct Phrases {
    std::string_view greeting, apology, cause, fix_payer, fix_merchant, evidence, field, expected, at_byte,
        picture, also, all_pass, closing, we_checked, could_not_read, could_not_open, code_of, account_at, amount, merchant, looks_like;
};

const Phrases kEnglish{
    "Hello,",
    "We are sorry for the trouble this has caused.",
    "What went wrong:",
    "What you can do:",
    "What the merchant should do:",
    "Evidence:",
    "field",
    "expected",
    "at byte",
    "The problem is marked on this picture:",
    "Also worth checking:",
    "The code itself is in order: it reads and its content is valid.",
    "If this does not solve it, just reply to this message and we will pass your case to our technical team. "
    "Thank you for your patience.",
    "We checked the QR code you sent",
    "We checked the picture you sent",
    "We tried to open the file you sent",
    "it is a {} code",
    "for account {} at {}",
    "amount {}",
    "merchant {}",
    "it holds"};

const Phrases kVietnamese{
    "Kính chào Quý khách,",
    "Chúng tôi thành thật xin lỗi Quý khách vì sự bất tiện này.",
    "Nguyên nhân:",
    "Cách khắc phục cho Quý khách:",
    "Việc người bán cần làm:",
    "Bằng chứng:",
    "trường",
    "đúng ra là",
    "tại byte",
    "Vị trí lỗi được đánh dấu trên ảnh:",
    "Cũng nên kiểm tra thêm:",
    "Bản thân mã QR không có lỗi: mã đọc được và nội dung hợp lệ.",
    "Nếu vẫn chưa khắc phục được, Quý khách vui lòng phản hồi tin nhắn này để chúng tôi chuyển bộ phận kỹ thuật "
    "hỗ trợ. Cảm ơn Quý khách đã kiên nhẫn.",
    "Chúng tôi đã kiểm tra mã QR Quý khách gửi",
    "Chúng tôi đã kiểm tra ảnh Quý khách gửi",
    "Chúng tôi đã thử mở tệp Quý khách gửi",
    "đây là mã {}",
    "của tài khoản {} tại {}",
    "số tiền {}",
    "người bán {}",
    "nội dung là"};

const CodeReport* first_decoded(const Diagnosis& d)
{
    for (const CodeReport& c : d.codes)
        if (c.decoded) return &c;
    return nullptr;
}

// Long or odd payloads are cut: the reply is for a person, the json output has everything.
std::string shortened(std::string_view text)
{
    constexpr std::size_t kMaxQuoted = 60;
    return text.size() <= kMaxQuoted ? std::string(text) : std::string(text.substr(0, kMaxQuoted)) + "…";
}

// "We checked the QR code you sent: it is a VietQR (NAPAS 247) code for account 123 at ACB, amount 50000."
std::string recap(const Diagnosis& d, const Phrases& p)
{
    if (d.verdict == Verdict::Error) return fmt::format("{}.", p.could_not_open);
    const CodeReport* code = first_decoded(d);
    if (!code) return fmt::format("{}.", p.could_not_read);
    std::string line = fmt::format("{}: ", p.we_checked);
    const PayloadReport* payload = code->payload ? &*code->payload : nullptr;
    if (!payload || payload->scheme == Scheme::NotPayment || payload->scheme_label.empty())
        return line + fmt::format("{} \"{}\".", p.looks_like, shortened(code->text));
    line += fmt::format(fmt::runtime(p.code_of), payload->scheme_label);
    if (!payload->account.empty()) {
        const std::string bank = !payload->bank_name.empty() ? payload->bank_name : payload->bank_bin;
        line += " " + fmt::format(fmt::runtime(p.account_at), payload->account, bank.empty() ? "?" : bank);
    }
    if (!payload->amount.empty())
        line += ", " + fmt::format(fmt::runtime(p.amount), payload->amount + (payload->currency == "704" ? " VND" : ""));
    if (!payload->merchant_name.empty()) line += ", " + fmt::format(fmt::runtime(p.merchant), payload->merchant_name);
    return line + ".";
}

const PayloadField* field_at(const Diagnosis& d, const std::string& path)
{
    for (const CodeReport& code : d.codes)
        if (code.payload)
            for (const PayloadField& f : code.payload->fields)
                if (f.path == path) return &f;
    return nullptr;
}

std::vector<std::string> evidence(const Diagnosis& d, const Cause& cause, const Phrases& p, Lang lang)
{
    std::vector<std::string> lines;
    if (cause.findings.empty()) return lines;
    const Finding& f = cause.findings.front();
    if (!f.summary.in(lang).empty()) lines.push_back(f.summary.in(lang));
    // The field and its value, when the value found is the field's own (not a derived one such as a
    // computed checksum or an expiry time, which the summary already states).
    const PayloadField* field = f.path.empty() ? nullptr : field_at(d, f.path);
    if (field && !f.found.empty() && field->value == f.found) {
        std::string line = fmt::format("{} {} ({}) = \"{}\"", p.field, f.path, field->name, shortened(f.found));
        if (!f.expected.empty()) line += fmt::format(", {} \"{}\"", p.expected, shortened(f.expected));
        if (f.offset) line += fmt::format(" ({} {})", p.at_byte, *f.offset);
        lines.push_back(line);
    }
    return lines;
}

}  // namespace

std::string compose_reply(const Diagnosis& d, const TriageOptions& options)
{
    const Lang lang = options.lang;
    const Phrases& p = lang == Lang::Vi ? kVietnamese : kEnglish;
    std::string reply = fmt::format("{}\n\n{}\n", p.greeting, recap(d, p));
    if (d.causes.empty()) {
        reply += fmt::format("{}\n\n{}\n", p.all_pass, payer_side_hint().in(lang));
        reply += fmt::format("\n{}\n", p.closing);
        return reply;
    }
    const Cause& lead = d.causes.front();
    const PlainWords& words = plain_words(lead);
    reply += fmt::format("{}\n\n", p.apology);
    reply += fmt::format("{} {}\n", p.cause, words.what_happened.in(lang));
    // Whoever must act first comes first; the other side's part follows when it has one.
    const std::pair<std::string_view, const Text*> payer{p.fix_payer, &words.for_payer};
    const std::pair<std::string_view, const Text*> merchant{p.fix_merchant, &words.for_merchant};
    const bool payer_first = who_acts(lead.id) == Actor::Payer;
    for (const auto& [label, fix] : {payer_first ? payer : merchant, payer_first ? merchant : payer})
        if (!fix->in(lang).empty()) reply += fmt::format("{} {}\n", label, fix->in(lang));
    const std::vector<std::string> proof = evidence(d, lead, p, lang);
    if (!proof.empty() || !options.annotated_image.empty()) {
        reply += fmt::format("\n{}\n", p.evidence);
        for (const std::string& line : proof) reply += fmt::format("- {}\n", line);
        if (!options.annotated_image.empty()) reply += fmt::format("- {} {}\n", p.picture, options.annotated_image);
    }
    if (d.causes.size() > 1) {
        reply += fmt::format("\n{}\n", p.also);
        for (std::size_t i = 1; i < d.causes.size(); ++i)
            reply += fmt::format("- {}\n", plain_words(d.causes[i]).what_happened.in(lang));
    }
    reply += fmt::format("\n{}\n", p.closing);
    return reply;
}

}  // namespace qrdiag
