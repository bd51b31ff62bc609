// The JSON Lines mode: every non-blank input line is one record; every record
// gives one output line on standard output, in input order, failures
// included (as error objects): a bad line never stops the batch.
#pragma once

#include <string>
#include <vector>

#include "batch_settings.hpp"
#include "input_list.hpp"
#include "reporter.hpp"

namespace artnorm_cli {

// option_specs: the command line's options, applied to every record before
// its own "from" and "options". Returns true when every record gave a
// document and every input could be read.
bool run_jsonl_batch(const std::vector<std::string>& option_specs,
                     const std::vector<InputFile>& files, const BatchSettings& settings,
                     Reporter& reporter);

}  // namespace artnorm_cli
