// ActingAsChooser sits in the status bar and says whom the user acts as: any active member of
// the organisation, or the administrator who sees everything. In a database without user
// accounts this is how a rep gets the view of their own customers; the session remembers the
// choice per database. Once accounts exist it is hidden: who the user is comes from the login.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace frontline {

class Session;

class ActingAsChooser : public QWidget
{
    Q_OBJECT
public:
    explicit ActingAsChooser(Session *session, QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_combo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refill();
    void choose(int index);
    void retranslateUi();

    Session *m_session;
    QLabel *m_label = nullptr;
    QComboBox *m_combo = nullptr;
};

} // namespace frontline
