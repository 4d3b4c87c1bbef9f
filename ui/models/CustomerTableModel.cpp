#include "CustomerTableModel.h"

#include "Format.h"
#include "domain/Vocabulary.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
QString pointsOf(const Customer &customer, const QString &kind)
{
    QStringList values;
    for (const ContactPoint &point : customer.points) {
        if (point.kind == kind)
            values << (point.raw.isEmpty() ? point.normalized : point.raw);
    }
    return values.join(u", "_s);
}
} // namespace

CustomerTableModel::CustomerTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CustomerTableModel::setSource(Database *database, const AccessScope &scope)
{
    m_database = database && database->isOpen() ? database : nullptr;
    m_scope = scope;
    reload();
}

void CustomerTableModel::setFilter(const CustomerFilter &filter)
{
    m_filter = filter;
    reload();
}

void CustomerTableModel::refresh()
{
    reload();
}

void CustomerTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_ids.reset();
    m_pagesRead = 0;
    // A view holds ints: a count beyond that is not a customer list anyone scrolls.
    m_count =
        m_database ? int(qMin<qint64>(CustomerRepository(*m_database, m_scope).count(m_filter), INT_MAX)) : 0;
    endResetModel();
    Q_EMIT countChanged(m_count);
}

const Customer *CustomerTableModel::customer(int row) const
{
    if (row < 0 || row >= m_count || !m_database)
        return nullptr;
    const int page = row / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        QList<Customer> rows =
            CustomerRepository(*m_database, m_scope).list(m_filter, PageSize, page * PageSize);
        ++m_pagesRead;
        if (m_recent.size() >= MaxCachedPages)
            m_pages.remove(m_recent.takeFirst());
        it = m_pages.insert(page, rows);
    } else {
        m_recent.removeOne(page);
    }
    m_recent.append(page);
    const int offset = row - page * PageSize;
    // The data can shrink under a stale count (changed elsewhere) until the next refresh.
    return offset < it->size() ? &it->at(offset) : nullptr;
}

qint64 CustomerTableModel::idAt(int row) const
{
    const Customer *c = customer(row);
    return c ? c->id : 0;
}

std::optional<Customer> CustomerTableModel::customerAt(int row) const
{
    const Customer *c = customer(row);
    return c ? std::optional<Customer>(*c) : std::nullopt;
}

int CustomerTableModel::rowOf(qint64 id) const
{
    if (!m_database || id <= 0)
        return -1;
    // The cached pages first: the customer a user acts on is usually one on the screen.
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == id)
                return it.key() * PageSize + i;
        }
    }
    if (!m_ids)
        m_ids = CustomerRepository(*m_database, m_scope).ids(m_filter);
    const qsizetype row = m_ids->indexOf(id);
    return row < m_count ? int(row) : -1;
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != IdRole && role != Qt::EditRole)
        return {};
    const Customer *c = customer(index.row());
    if (!c)
        return {};
    if (role == IdRole)
        return c->id;
    if (role == Qt::ToolTipRole)
        return index.column() == Name || index.column() == Tags ? display(*c, index.column()) : QVariant();
    return display(*c, index.column());
}

QVariant CustomerTableModel::display(const Customer &c, int column) const
{
    const QLocale locale;
    switch (Column(column)) {
    case Name:
        return c.name;
    case Code:
        return c.code;
    case Owner:
        return c.ownerName;
    case Status:
        return Vocabulary::label(Vocabulary::CustomerStatus, c.status);
    case Grade:
        return c.grade;
    case Region:
        return c.region;
    case City:
        return c.city;
    case Industry:
        return c.industry;
    case Source:
        return c.source.isEmpty() ? QString() : Vocabulary::label(Vocabulary::Source, c.source);
    case Phone:
        return pointsOf(c, u"phone"_s);
    case Email:
        return pointsOf(c, u"email"_s);
    case Tags:
        return c.tags.join(u", "_s);
    case Created:
        return c.createdAt.isValid() ? dateText(c.createdAt.toLocalTime().date()) : QString();
    case Updated:
        return c.updatedAt.isValid() ? dateText(c.updatedAt.toLocalTime().date()) : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QString CustomerTableModel::columnTitle(int column)
{
    switch (Column(column)) {
    case Name:
        return tr("Name");
    case Code:
        return tr("Code");
    case Owner:
        return tr("Owner");
    case Status:
        return tr("Status");
    case Grade:
        return tr("Grade");
    case Region:
        return tr("Region");
    case City:
        return tr("City");
    case Industry:
        return tr("Industry");
    case Source:
        return tr("Source");
    case Phone:
        return tr("Phone");
    case Email:
        return tr("E-mail");
    case Tags:
        return tr("Tags");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

void CustomerTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1), {Qt::DisplayRole});
}

} // namespace frontline
