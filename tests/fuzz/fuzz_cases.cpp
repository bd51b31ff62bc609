#include "fuzz_cases.hpp"

#include <libxml/parser.h>

#include <array>
#include <memory>

#include "artnorm.h"

namespace artnorm_fuzz {
namespace {

// A small article every configured normalizer must handle.
constexpr std::string_view kProbeArticle =
    "A headline\n\nThe council approved the budget on Tuesday after a long debate, "
    "a spokesman said.\n";

struct NormalizerFree {
    void operator()(artnorm_normalizer* n) const { artnorm_normalizer_free(n); }
};
struct ResultFree {
    void operator()(artnorm_result* r) const { artnorm_result_free(r); }
};
using Normalizer = std::unique_ptr<artnorm_normalizer, NormalizerFree>;
using Result = std::unique_ptr<artnorm_result, ResultFree>;
struct DocFree {
    void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

Normalizer new_normalizer() {
    artnorm_normalizer* raw = nullptr;
    if (artnorm_normalizer_new(&raw) != ARTNORM_OK) return nullptr;
    return Normalizer(raw);
}

bool is_known_status(int status) {
    return status >= ARTNORM_OK && status <= ARTNORM_ERROR_NO_ARTICLE;
}

bool is_well_formed(const char* xml, std::size_t length) {
    const std::unique_ptr<xmlDoc, DocFree> doc(
        xmlReadMemory(xml, static_cast<int>(length), nullptr, nullptr,
                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
    return doc != nullptr;
}

std::string check_normalize(const artnorm_normalizer* normalizer, std::string_view input) {
    artnorm_result* raw = nullptr;
    const artnorm_status status = artnorm_normalize(normalizer, input.data(), input.size(), &raw);
    const Result result(raw);
    const std::string name = artnorm_status_name(status);
    if (!is_known_status(status)) return "unknown status " + std::to_string(status);
    if (status == ARTNORM_ERROR_INTERNAL) {
        return "ARTNORM_ERROR_INTERNAL: " + std::string(result ? artnorm_result_message(raw) : "");
    }
    if (!result) {
        return status == ARTNORM_ERROR_OUT_OF_MEMORY ? "" : "no result for " + name;
    }
    if (artnorm_result_status(raw) != status) return "result status differs from " + name;
    std::size_t length = 1;
    const char* xml = artnorm_result_xml(raw, &length);
    if (status != ARTNORM_OK) {
        if (xml != nullptr || length != 0) return "XML handed out with " + name;
        if (*artnorm_result_message(raw) == '\0') return "no message with " + name;
        return "";
    }
    if (xml == nullptr || length == 0) return "ARTNORM_OK without XML";
    if (xml[length] != '\0') return "XML not NUL-terminated at its length";
    if (std::string_view(xml, length).substr(0, 5) != "<?xml") return "XML does not start with <?xml";
    if (!is_well_formed(xml, length)) return "XML is not well-formed";
    return "";
}

std::string check_selected(std::string_view data, bool force_html) {
    if (data.empty()) return "";
    const std::string spec = options_from_selector(static_cast<std::uint8_t>(data[0]), force_html);
    data.remove_prefix(1);
    const Normalizer normalizer = new_normalizer();
    if (!normalizer) return "artnorm_normalizer_new failed";
    if (artnorm_normalizer_configure(normalizer.get(), spec.data(), spec.size()) != ARTNORM_OK) {
        return "the selector's options were refused: " + spec;
    }
    return check_normalize(normalizer.get(), data);
}

}  // namespace

std::string options_from_selector(std::uint8_t selector, bool force_html) {
    static constexpr std::array<const char*, 4> kFormats = {"auto", "text", "html", "text"};
    std::string spec = "from=";
    spec += force_html ? "html" : kFormats[selector & 3u];
    spec += (selector & 4u) != 0 ? ", strict-utf8=1" : ", strict-utf8=0";
    spec += (selector & 8u) != 0 ? ", pretty=1" : ", pretty=0";
    if ((selector & 16u) != 0) spec += ", max-input-bytes=64";
    return spec;
}

std::string check_text_case(std::string_view data) { return check_selected(data, false); }

std::string check_html_case(std::string_view data) { return check_selected(data, true); }

std::string check_options_case(std::string_view data) {
    const Normalizer normalizer = new_normalizer();
    if (!normalizer) return "artnorm_normalizer_new failed";
    const artnorm_status status =
        artnorm_normalizer_configure(normalizer.get(), data.data(), data.size());
    if (!is_known_status(status) || status == ARTNORM_ERROR_INTERNAL) {
        return "configure returned " + std::string(artnorm_status_name(status));
    }
    const std::string_view last_error = artnorm_normalizer_last_error(normalizer.get());
    if (status != ARTNORM_OK && last_error.empty()) return "configure failed without a message";
    for (const artnorm_option option :
         {ARTNORM_OPT_LANGUAGE, ARTNORM_OPT_BASE_URL, ARTNORM_OPT_CHARSET}) {
        const artnorm_status set =
            artnorm_normalizer_set_string(normalizer.get(), option, data.data(), data.size());
        if (!is_known_status(set) || set == ARTNORM_ERROR_INTERNAL) {
            return "set_string returned " + std::string(artnorm_status_name(set));
        }
    }
    // Whatever was accepted, the normalizer still works.
    return check_normalize(normalizer.get(), kProbeArticle);
}

std::string check_case(std::string_view file_name, std::string_view data) {
    if (file_name.starts_with("text-")) return check_text_case(data);
    if (file_name.starts_with("html-")) return check_html_case(data);
    if (file_name.starts_with("options-")) return check_options_case(data);
    return "unknown case kind (file names start with text-, html- or options-)";
}

}  // namespace artnorm_fuzz
