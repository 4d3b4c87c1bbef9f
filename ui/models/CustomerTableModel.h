// CustomerTableModel lists the customers a filter finds, in pinyin order, for a table view that
// must stay quick at 100,000 customers: the row count comes from one count query, and rows are
// read in pages of PageSize when the view first asks for them, with a bounded cache of pages.
// Nothing is loaded for rows never shown.
#pragma once

#include "repositories/CustomerRepository.h"

#include <QAbstractTableModel>

#include <optional>

namespace frontline {

class CustomerTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Code,
        Owner,
        Status,
        Grade,
        Region,
        City,
        Industry,
        Source,
        Phone,
        Email,
        Tags,
        Created,
        Updated,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
    };
    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 40;

    explicit CustomerTableModel(QObject *parent = nullptr);

    // The database and scope to read with; nullptr empties the model.
    void setSource(Database *database, const AccessScope &scope);
    const CustomerFilter &filter() const { return m_filter; }
    void setFilter(const CustomerFilter &filter);
    // Reads the count again and forgets every cached page (after a change to the data).
    void refresh();

    qint64 idAt(int row) const;
    std::optional<Customer> customerAt(int row) const;
    // The row of a customer in the current filter, or -1.
    int rowOf(qint64 id) const;
    // How many pages were read from the database since the last reset (for tests).
    int pagesRead() const { return m_pagesRead; }

    static QString columnTitle(int column);
    // Emits the signals that make views show the texts in the new language.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // The number of rows changed (a new filter, data changed).
    void countChanged(qint64 count);

private:
    const Customer *customer(int row) const;
    QVariant display(const Customer &customer, int column) const;
    void reload();

    Database *m_database = nullptr;
    AccessScope m_scope = AccessScope::administrator();
    CustomerFilter m_filter;
    int m_count = 0;
    mutable QHash<int, QList<Customer>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently used last
    mutable std::optional<QList<qint64>> m_ids;
    mutable int m_pagesRead = 0;
};

} // namespace frontline
