// Collects libxml2's structured errors instead of letting them reach the
// process-wide generic handler (which prints to stderr and is global state).
//
//   artnorm::xml::ErrorCollector errors;
//   xmlRelaxNGSetValidStructuredErrors(ctxt, ErrorCollector::handler, errors.context());
//   ... validate ...
//   if (!errors.empty()) report(errors.joined());
//
// The collector must outlive every libxml2 call that may report into it.
#pragma once

#include <string>
#include <vector>

#include <libxml/xmlerror.h>

namespace artnorm::xml {

namespace detail {
template <class Function>
struct SecondParameter;
template <class Result, class First, class Second>
struct SecondParameter<Result (*)(First, Second)> {
    using type = Second;
};
}  // namespace detail

// The error pointer type of xmlStructuredErrorFunc: xmlErrorPtr in 2.9.x,
// const xmlError* from 2.12 on. Deduced so handlers compile with both.
using XmlErrorPointer = detail::SecondParameter<xmlStructuredErrorFunc>::type;

class ErrorCollector {
public:
    // A xmlStructuredErrorFunc; context must be ErrorCollector::context().
    // Never throws (it is called from C); a message that cannot be stored
    // for lack of memory is counted in dropped().
    static void handler(void* context, XmlErrorPointer error) noexcept;

    void* context() noexcept { return this; }

    // One message per error: "line N: text" (line omitted when unknown),
    // without libxml2's trailing newline.
    const std::vector<std::string>& messages() const noexcept { return messages_; }
    // Messages joined by '\n'.
    std::string joined() const;
    bool empty() const noexcept { return messages_.empty() && dropped_ == 0; }
    std::size_t dropped() const noexcept { return dropped_; }
    void clear() noexcept;

private:
    std::vector<std::string> messages_;
    std::size_t dropped_ = 0;
};

// Formats one libxml2 error as ErrorCollector stores it.
std::string describe_error(const xmlError& error);

}  // namespace artnorm::xml
