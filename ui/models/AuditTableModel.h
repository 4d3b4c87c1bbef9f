// AuditTableModel shows audit log entries, newest first, as the audit viewer's table: when (local
// time), who, the action in words, what it concerned, rows, where, detail and the outcome.
// Failed and denied entries are marked in colour. Read only: the log cannot be edited.
#pragma once

#include "security/AuditLog.h"

#include <QAbstractTableModel>

namespace frontline {

class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        When,
        User,
        Action,
        Target,
        Rows,
        Location,
        Detail,
        Outcome,
        ColumnCount
    };

    explicit AuditTableModel(QObject *parent = nullptr);

    void setEntries(const QList<AuditEntry> &entries);
    const QList<AuditEntry> &entries() const { return m_entries; }
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeTitle(const QString &outcome);

private:
    QList<AuditEntry> m_entries;
};

} // namespace frontline
