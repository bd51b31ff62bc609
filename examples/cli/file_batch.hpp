// The files mode: each input file gives one XML document, written to
// standard output in input order or to its own file under --output-dir.
#pragma once

#include <vector>

#include "artnorm.h"
#include "batch_settings.hpp"
#include "input_list.hpp"
#include "reporter.hpp"

namespace artnorm_cli {

// Normalizes every file with the one shared, configured normalizer. Failures
// are reported through the reporter and do not stop the batch. Returns true
// when every input gave a document that was written.
bool run_file_batch(const artnorm_normalizer* normalizer, const std::vector<InputFile>& files,
                    const BatchSettings& settings, Reporter& reporter);

}  // namespace artnorm_cli
