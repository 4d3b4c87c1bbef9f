#include "ImportKind.h"

#include "ImportKinds.h"
#include "ImportStore.h"
#include "repositories/AccessScope.h"

using namespace Qt::StringLiterals;

namespace frontline {

const QVariant &ImportRow::cell(int field) const
{
    static const QVariant empty;
    const int column = m_columns.value(field, -1);
    if (column < 0 || column >= m_source.cells.size())
        return empty;
    return m_source.cells.at(column);
}

QStringList ImportRow::texts(int field) const
{
    QStringList result;
    for (const int column : m_extra.value(field)) {
        if (column < m_source.cells.size()) {
            const QString t = ImportCleaner::text(m_source.cells.at(column));
            if (!t.isEmpty())
                result << t;
        }
    }
    return result;
}

bool ImportKind::allowed(const AccessScope &, QString *) const
{
    return true;
}

QStringList ImportKind::missing(const QSet<QString> &mapped) const
{
    QStringList labels;
    for (const ImportField &f : fields()) {
        if (f.required && !mapped.contains(f.key))
            labels << f.label;
    }
    return labels;
}

QStringList ImportKind::keys()
{
    return {u"customers"_s, u"orders"_s,     u"opportunities"_s, u"products"_s,
            u"members"_s,   u"activities"_s, u"targets"_s,       u"payments"_s};
}

PermissionArea ImportKind::permissionArea(const QString &key)
{
    if (key == u"orders"_s || key == u"opportunities"_s || key == u"products"_s || key == u"payments"_s)
        return PermissionArea::Orders;
    return key == u"members"_s ? PermissionArea::Users : PermissionArea::Customers;
}

std::unique_ptr<ImportKind> ImportKind::create(const QString &key)
{
    // Singular forms too: "customer" is what people type.
    const QString k = key.endsWith(u's') ? key
                                         : (key == u"opportunity"_s ? u"opportunities"_s
                                            : key == u"activity"_s  ? u"activities"_s
                                                                    : key + u's');
    if (k == u"customers"_s)
        return createCustomerKind();
    if (k == u"orders"_s)
        return createOrderKind();
    if (k == u"opportunities"_s)
        return createOpportunityKind();
    if (k == u"products"_s)
        return createProductKind();
    if (k == u"members"_s)
        return createMemberKind();
    if (k == u"activities"_s)
        return createActivityKind();
    if (k == u"targets"_s)
        return createTargetKind();
    if (k == u"payments"_s)
        return createPaymentKind();
    return nullptr;
}

qint64 ImportKind::resolveMember(const ImportRow &row, int field, ImportSession &session, RowAction *action,
                                 bool fillDefault)
{
    ImportStore &store = session.store();
    const AccessScope &scope = session.scope();
    const auto fallback = [&](const QString &why) -> qint64 {
        qint64 id = 0;
        const QString configured = session.options().defaultOwner;
        if (!configured.isEmpty())
            id = store.memberId(configured);
        if (id <= 0 || !scope.canSeeOwner(id))
            id = scope.memberId();
        if (id > 0) {
            if (why.isEmpty())
                session.filled(row, u"owner"_s, store.memberName(id));
            else
                session.warn(row, field, why.arg(store.memberName(id)));
        }
        return id;
    };
    const QString text = row.text(field);
    if (text.isEmpty())
        return fillDefault ? fallback(QString()) : 0;
    qint64 id = store.memberId(text);
    if (id < 0)
        return fallback(tr("Several members are called \"%1\"; %2 was used instead.").arg(text) + QString());
    if (id == 0) {
        if (session.options().strict) {
            *action = session.reject(
                row, field, tr("No member \"%1\" (strict: unknown members are not created).").arg(text));
            return 0;
        }
        if (scope.role() != Role::Admin && scope.role() != Role::Manager)
            return fallback(
                tr("No member \"%1\", and only managers add members; %2 was used instead.").arg(text) +
                QString());
        const bool code = ImportStore::looksLikeCode(text);
        id = store.createMember(code ? text : QString(), code ? QString() : text);
        if (!id) {
            session.fail(store.errorText());
            return 0;
        }
        return id;
    }
    if (!scope.canSeeOwner(id))
        return fallback(tr("%1 is outside your team; %2 was used instead.").arg(text) + QString());
    return id;
}

} // namespace frontline
