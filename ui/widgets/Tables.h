// How Frontline's record tables look and behave: whole rows selected one at a time, read only,
// alternating rows of one fixed height (so that a table of 100,000 rows never measures them),
// no grid, headers aligned with the text; and column widths fitted to the longest of some
// sample texts, for tables whose rows are too many to measure.
#pragma once

#include <QString>
#include <QStringList>

class QTableView;

namespace frontline::tables {

void setUp(QTableView *view);
// Sets column's width to fit its header and each of samples.
void fitColumn(QTableView *view, int column, const QStringList &samples);
// Fits columns to what the first rows hold (after a reset of a model that holds its rows).
void fitToContents(QTableView *view, const QList<int> &columns);

} // namespace frontline::tables
