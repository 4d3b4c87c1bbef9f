// CustomerPicker chooses a customer by typing, with the customer list's own search (Chinese,
// full pinyin, initials, phone digits, codes): the matches drop down as a completer list with
// the best one highlighted, and Enter takes it. It is a line edit, so it sits in forms and tab
// chains like any other field.
#pragma once

#include "repositories/CustomerRepository.h"

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace frontline {

class CustomerPicker : public QLineEdit
{
    Q_OBJECT
public:
    static constexpr int MaxMatches = 12;
    static constexpr int SearchDelayMs = 120;

    explicit CustomerPicker(QWidget *parent = nullptr);

    void setSource(Database *database, const AccessScope &scope);
    // 0 while nothing is chosen (or the text was changed after choosing).
    qint64 customerId() const { return m_id; }
    QString customerName() const { return m_id ? m_name : QString(); }
    qint64 customerOwnerId() const { return m_id ? m_ownerId : 0; }
    void setCustomer(qint64 id);
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    void customerChanged(qint64 customerId);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void edited();
    void search();
    void choose(const QModelIndex &index);
    void setChosen(qint64 id, const QString &name, qint64 ownerId);

    Database *m_database = nullptr;
    AccessScope m_scope = AccessScope::administrator();
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_matches = nullptr;
    QTimer *m_searchTimer = nullptr;
    qint64 m_id = 0;
    QString m_name;
    qint64 m_ownerId = 0;
};

} // namespace frontline
