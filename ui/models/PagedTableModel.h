// PagedTableModel: the lazy list behind the orders, payments and visits tables. It counts what the
// filter finds, reads the first Batch rows, and reads the next page (LIMIT/OFFSET in the
// repository) as the view scrolls to the end (canFetchMore/fetchMore), so a list of a hundred
// thousand opens as quickly as one of ten and scrolling never re-reads what it holds. A subclass
// gives the columns, the cells and, if it shows more than the count, its own totals.
#pragma once

#include "repositories/AccessScope.h"
#include "storage/Database.h"

#include <QAbstractTableModel>

namespace frontline {

// The part that needs moc (templates cannot declare signals).
class PagedTableModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int Batch = 200;
    using QAbstractTableModel::QAbstractTableModel;

    // All rows the filter finds (the model may hold fewer so far).
    qint64 total() const { return m_total; }

Q_SIGNALS:
    // The count (and a subclass's sums) changed: after every refresh.
    void totalsChanged();

protected:
    qint64 m_total = 0;
};

// Repository: constructed from (Database &, AccessScope) with list(filter, limit, offset) and
// count(filter).
template <typename Row, typename Repository, typename Filter>
class PagedTableModel : public PagedTableModelBase
{
public:
    using PagedTableModelBase::PagedTableModelBase;

    void setSource(Database *database, const AccessScope &scope)
    {
        m_database = database && database->isOpen() ? database : nullptr;
        m_scope = scope;
        refresh();
    }
    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter)
    {
        m_filter = filter;
        refresh();
    }
    void refresh()
    {
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        if (m_database) {
            Repository repository(*m_database, m_scope);
            readTotals(&repository);
            m_rows = repository.list(m_filter, Batch, 0);
        } else {
            readTotals(nullptr);
        }
        endResetModel();
        Q_EMIT totalsChanged();
    }
    const Row *rowAt(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    // After a change of language: headers and cells again.
    void retranslate()
    {
        const int columns = columnCount();
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, columns - 1));
    }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !parent.isValid() && m_database && m_rows.size() < m_total;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        const QList<Row> page = Repository(*m_database, m_scope).list(m_filter, Batch, int(m_rows.size()));
        if (page.isEmpty()) {
            m_total = m_rows.size(); // fewer than counted: removed elsewhere since
            return;
        }
        beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
        m_rows.append(page);
        endInsertRows();
    }

protected:
    // Reads what the model tells about all the filter finds, the count at least; with no
    // database (nullptr), nothing.
    virtual void readTotals(Repository *repository)
    {
        m_total = repository ? repository->count(m_filter) : 0;
    }

    Database *m_database = nullptr;
    AccessScope m_scope = AccessScope::administrator();
    Filter m_filter;
    QList<Row> m_rows;
};

} // namespace frontline
