// STUB — to be replaced by the XML engineer.
#include "render/xml_writer.hpp"

namespace artnorm {
Expected<std::string> render_xml(const Article&, const RenderOptions&) {
    return std::string("<article xmlns=\"https://artnorm.dev/ns/article/1\"/>");
}
}  // namespace artnorm
