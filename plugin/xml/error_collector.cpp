#include "xml/error_collector.hpp"

#include <string_view>

namespace artnorm::xml {

std::string describe_error(const xmlError& error) {
    std::string_view text = error.message != nullptr ? error.message : "unknown libxml2 error";
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) {
        text.remove_suffix(1);
    }
    std::string described;
    if (error.line > 0) {
        described = "line " + std::to_string(error.line) + ": ";
    }
    described += text;
    return described;
}

void ErrorCollector::handler(void* context, XmlErrorPointer error) noexcept {
    auto* self = static_cast<ErrorCollector*>(context);
    if (self == nullptr || error == nullptr) {
        return;
    }
    try {
        self->messages_.push_back(describe_error(*error));
    } catch (...) {
        ++self->dropped_;
    }
}

std::string ErrorCollector::joined() const {
    std::string all;
    for (const auto& message : messages_) {
        if (!all.empty()) {
            all += '\n';
        }
        all += message;
    }
    if (dropped_ != 0) {
        if (!all.empty()) {
            all += '\n';
        }
        all += std::to_string(dropped_) + " further message(s) lost (out of memory)";
    }
    return all;
}

void ErrorCollector::clear() noexcept {
    messages_.clear();
    dropped_ = 0;
}

}  // namespace artnorm::xml
