#include "Tables.h"

#include <QHeaderView>
#include <QTableView>

namespace frontline::tables {

namespace {
// Room for the cell's margins and the header's sort indicator.
constexpr int Padding = 24;
} // namespace

void setUp(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    QHeaderView *header = view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(40);
    header->setResizeContentsPrecision(200);
}

void fitColumn(QTableView *view, int column, const QStringList &samples)
{
    const QFontMetrics metrics = view->fontMetrics();
    const QString title =
        view->model() ? view->model()->headerData(column, Qt::Horizontal).toString() : QString();
    int width = view->horizontalHeader()->fontMetrics().horizontalAdvance(title);
    for (const QString &sample : samples)
        width = qMax(width, metrics.horizontalAdvance(sample));
    view->horizontalHeader()->resizeSection(column, width + Padding);
}

void fitToContents(QTableView *view, const QList<int> &columns)
{
    for (int column : columns) {
        view->resizeColumnToContents(column);
        view->horizontalHeader()->resizeSection(column,
                                                view->horizontalHeader()->sectionSize(column) + Padding / 2);
    }
}

} // namespace frontline::tables
