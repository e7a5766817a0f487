// Nothing from an input reaches a terminal or an XML file raw.
#include <doctest/doctest.h>

#include <string>

#include "escape.h"
#include "xml_escape.h"

using qrdiag::cli::escape_for_terminal;
using qrdiag::cli::xml_escape;

TEST_CASE("terminal escaping shows control characters instead of obeying them")
{
    CHECK(escape_for_terminal("plain ASCII 123") == "plain ASCII 123");
    CHECK(escape_for_terminal("Chuyển tiền → Việt Nam") == "Chuyển tiền → Việt Nam");
    CHECK(escape_for_terminal("a\x1b[31mred") == "a\\x1b[31mred");
    CHECK(escape_for_terminal("line\nnext\r\t") == "line\\nnext\\r\\t");
    CHECK(escape_for_terminal(std::string("nul\0bel\x07" "del\x7f", 12)) == "nul\\x00bel\\x07del\\x7f");
    CHECK(escape_for_terminal("\xc2\x9b" "31m") == "\\u{009b}31m");        // C1 CSI, a one-character ESC [
    CHECK(escape_for_terminal("abc\xe2\x80\xae" "cba") == "abc\\u{202e}cba");  // right-to-left override
    CHECK(escape_for_terminal("\xe2\x80\x8b" "0002") == "\\u{200b}0002");      // zero-width space
    CHECK(escape_for_terminal("\xef\xbb\xbf" "0002") == "\\u{feff}0002");      // byte-order mark
    CHECK(escape_for_terminal("bad \xff\xfe utf8") == "bad \\xff\\xfe utf8");
    CHECK(escape_for_terminal("\xc0\xaf") == "\\xc0\\xaf");                    // overlong '/'
    CHECK(escape_for_terminal("\xed\xa0\x80") == "\\xed\\xa0\\x80");           // surrogate
    CHECK(escape_for_terminal("cut \xe1\xba") == "cut \\xe1\\xba");            // sequence cut off at the end
}

TEST_CASE("terminal escaping can cut megabytes down to a readable length")
{
    const std::string huge(3'000'000, 'A');
    const std::string shown = escape_for_terminal(huge, 10);
    CHECK(shown == "AAAAAAAAAA… (2999990 more bytes)");
}

TEST_CASE("XML escaping always yields characters XML 1.0 can hold")
{
    CHECK(xml_escape("<a href=\"x\">&'</a>") == "&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    CHECK(xml_escape("tab\tnl\ncr\r") == "tab\tnl\ncr\r");
    CHECK(xml_escape("esc\x1b nul") == "esc\xEF\xBF\xBD nul");
    CHECK(xml_escape("bad\xff") == "bad\xEF\xBF\xBD");
    CHECK(xml_escape("Nguyễn Văn A") == "Nguyễn Văn A");
}
