// Rule "repeated-table-header": a table row whose cells are those of the
// table's first row repeats its header: a <tfoot> that prints the column
// names again under the data ("Pos Player Plays % Stats" in <thead> and
// <tfoot>), or a long table that repeats them every so many rows. The
// header is read once; the repeats are left out of the body.
//
// The table is the nearest <table> container around the row; its first
// row is the first table-row segment inside it.
#pragma once

#include <cstddef>

#include "html/html_page.hpp"

namespace artnorm::html {

bool repeats_table_header(const HtmlPage& page, std::size_t segment);

}  // namespace artnorm::html
