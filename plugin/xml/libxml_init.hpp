// One-time libxml2 initialisation. libxml2 must run xmlInitParser() once,
// before threads use it concurrently; call this from any entry point that
// uses libxml2 (cheap after the first call: a function-local static).
#pragma once

namespace artnorm::xml {

void ensure_libxml_initialized() noexcept;

}  // namespace artnorm::xml
