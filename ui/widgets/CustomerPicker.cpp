#include "CustomerPicker.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTimer>

#include "LineIcon.h"

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
enum Roles
{
    IdRole = Qt::UserRole + 1,
    NameRole,
    OwnerRole,
};
} // namespace

CustomerPicker::CustomerPicker(QWidget *parent) : QLineEdit(parent)
{
    setClearButtonEnabled(true);
    addAction(LineIcon::icon(LineIcon::Search), QLineEdit::LeadingPosition);
    m_matches = new QStandardItemModel(this);
    // The completer is attached with setWidget(), not setCompleter(): the line edit keeps what
    // the user types while a match is highlighted, and only a chosen match replaces it.
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setMaxVisibleItems(MaxMatches);
    m_completer->setWidget(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);

    connect(this, &QLineEdit::textEdited, this, &CustomerPicker::edited);
    connect(m_searchTimer, &QTimer::timeout, this, &CustomerPicker::search);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &CustomerPicker::choose);
}

void CustomerPicker::setSource(Database *database, const AccessScope &scope)
{
    m_database = database;
    m_scope = scope;
}

void CustomerPicker::setCustomer(qint64 id)
{
    if (!m_database || id <= 0) {
        setChosen(0, QString(), 0);
        clear();
        return;
    }
    const std::optional<Customer> customer = CustomerRepository(*m_database, m_scope).get(id);
    if (!customer) {
        setChosen(0, QString(), 0);
        return;
    }
    setText(customer->name);
    setChosen(customer->id, customer->name, customer->ownerId);
}

void CustomerPicker::edited()
{
    if (m_id && text() != m_name)
        setChosen(0, QString(), 0);
    m_searchTimer->start();
}

void CustomerPicker::search()
{
    m_matches->clear();
    const QString typed = text().trimmed();
    if (!m_database || typed.isEmpty() || m_id) {
        m_completer->popup()->hide();
        return;
    }
    CustomerFilter filter;
    filter.search = typed;
    const QList<Customer> found = CustomerRepository(*m_database, m_scope).list(filter, MaxMatches);
    for (const Customer &c : found) {
        QStringList detail{c.code};
        if (!c.ownerName.isEmpty())
            detail << c.ownerName;
        if (!c.city.isEmpty() || !c.region.isEmpty())
            detail << (c.city.isEmpty() ? c.region : c.city);
        auto *item = new QStandardItem(u"%1   %2"_s.arg(c.name, detail.join(u" · "_s)));
        item->setData(c.id, IdRole);
        item->setData(c.name, NameRole);
        item->setData(c.ownerId, OwnerRole);
        item->setToolTip(c.name);
        m_matches->appendRow(item);
    }
    if (found.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
    // The best match is highlighted, so that Enter takes it.
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void CustomerPicker::choose(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QString name = index.data(NameRole).toString();
    setText(name);
    setChosen(index.data(IdRole).toLongLong(), name, index.data(OwnerRole).toLongLong());
}

void CustomerPicker::setChosen(qint64 id, const QString &name, qint64 ownerId)
{
    const bool changed = id != m_id;
    m_id = id;
    m_name = name;
    m_ownerId = ownerId;
    if (changed)
        Q_EMIT customerChanged(id);
}

void CustomerPicker::keyPressEvent(QKeyEvent *event)
{
    // Down opens the list again after it was closed.
    if (event->key() == Qt::Key_Down && !m_completer->popup()->isVisible() && !m_id) {
        search();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace frontline
