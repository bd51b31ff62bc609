#include "html/charset.hpp"

#include <boost/locale/encoding.hpp>

#include "unicode/ascii_case.hpp"

namespace artnorm::html {
namespace {

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':' ||
           c == '.';
}

// The charset name following "charset" at pos in the lower-cased head.
std::string name_after(const std::string& head, std::size_t pos) {
    pos += std::string_view("charset").size();
    while (pos < head.size() && (head[pos] == ' ' || head[pos] == '=' || head[pos] == '"' ||
                                 head[pos] == '\'')) {
        ++pos;
    }
    std::size_t end = pos;
    while (end < head.size() && is_name_char(head[end])) ++end;
    return head.substr(pos, end - pos);
}

// "charset" inside a <meta ...> tag of the head.
std::string meta_charset(std::string_view bytes) {
    const std::string head = lower_ascii(bytes.substr(0, kCharsetPrescanBytes));
    std::size_t meta = head.find("<meta");
    while (meta != std::string::npos) {
        const std::size_t close = head.find('>', meta);
        const std::size_t end = close == std::string::npos ? head.size() : close;
        const std::size_t at = head.find("charset", meta);
        if (at != std::string::npos && at < end) {
            std::string name = name_after(head, at);
            if (!name.empty()) return name;
        }
        meta = head.find("<meta", end);
    }
    return {};
}

bool is_valid_utf8(std::string_view bytes) {
    try {
        (void)boost::locale::conv::utf_to_utf<char>(bytes.data(), bytes.data() + bytes.size(),
                                                   boost::locale::conv::stop);
        return true;
    } catch (const boost::locale::conv::conversion_error&) {
        return false;
    }
}

std::string from_windows_1252(std::string_view bytes) {
    return boost::locale::conv::to_utf<char>(bytes.data(), bytes.data() + bytes.size(),
                                             "windows-1252", boost::locale::conv::skip);
}

}  // namespace

bool names_utf8(std::string_view charset) {
    const std::string name = lower_ascii(charset);
    return name == "utf-8" || name == "utf8";
}

std::string sniff_charset(std::string_view bytes, std::string_view hint) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return "utf-8";
    if (bytes.starts_with("\xFF\xFE")) return "utf-16le";
    if (bytes.starts_with("\xFE\xFF")) return "utf-16be";
    if (!hint.empty()) return lower_ascii(hint);
    std::string declared = meta_charset(bytes);
    return declared.empty() ? std::string("utf-8") : declared;
}

bool is_utf8_page(std::string_view bytes, std::string_view hint) {
    return names_utf8(sniff_charset(bytes, hint)) && is_valid_utf8(bytes);
}

Utf8Page decode_page(std::string_view bytes, std::string_view hint) {
    std::string charset = sniff_charset(bytes, hint);
    // ASCII-compatible labels that mean "ASCII" in practice; HTML treats
    // them as windows-1252.
    if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii" ||
        charset == "ascii") {
        charset = "windows-1252";
    }
    if (names_utf8(charset)) {
        // Invalid bytes are left for clean_input to repair when the page is
        // mostly UTF-8; a page that is not UTF-8 at all was mis-declared.
        if (is_valid_utf8(bytes)) return {std::string(bytes), "utf-8"};
        return {from_windows_1252(bytes), "windows-1252"};
    }
    try {
        if (charset.starts_with("utf-16")) {
            const bool bom = bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
            std::string_view body = bytes.substr(bom ? 2 : 0);
            return {boost::locale::conv::to_utf<char>(body.data(), body.data() + body.size(),
                                                      charset, boost::locale::conv::skip),
                    charset};
        }
        return {boost::locale::conv::to_utf<char>(bytes.data(), bytes.data() + bytes.size(),
                                                  charset, boost::locale::conv::stop),
                charset};
    } catch (const std::exception&) {
        if (is_valid_utf8(bytes)) return {std::string(bytes), "utf-8"};
        return {from_windows_1252(bytes), "windows-1252"};
    }
}

}  // namespace artnorm::html
