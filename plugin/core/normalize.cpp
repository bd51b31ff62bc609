#include "core/normalize.hpp"

#include <fmt/format.h>

#include "core/input_format.hpp"
#include "html/extract_html.hpp"
#include "render/xml_writer.hpp"
#include "text/extract_text.hpp"

namespace artnorm {

Expected<Article> extract_article(std::string_view input, const Options& options) {
    if (input.size() > options.max_input_bytes) {
        return Error{Status::input_too_large,
                     fmt::format("input is {} bytes, more than the limit of {} bytes "
                                 "(option max-input-bytes)",
                                 input.size(), options.max_input_bytes)};
    }
    const InputFormat format = options.format == InputFormat::automatic
                                   ? detect_input_format(input)
                                   : options.format;
    if (format == InputFormat::html) {
        return extract_from_html(input, options);
    }
    return extract_from_text(input, options);
}

Expected<std::string> normalize_to_xml(std::string_view input, const Options& options) {
    auto article = extract_article(input, options);
    if (!article) return article.error();
    return render_xml(article.value(), RenderOptions{.pretty = options.pretty});
}

}  // namespace artnorm
