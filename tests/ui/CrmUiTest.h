// Helpers for the suites that work with customers and the rest of the CRM: a database of their
// own filled with CrmFixture's organisation, opened in a main window or a bare session, and
// keys sent where the keyboard goes (an open completer list, else the focus widget).
#pragma once

#include "MainWindow.h"
#include "Session.h"
#include "UiTest.h"
#include "support/CrmFixture.h"
#include "support/TempDatabase.h"

#include <QApplication>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace frontline::test {

// CrmFixture's company in a fresh temporary database, closed again so that a window can open it.
class CrmDatabase
{
public:
    // Builds it; returns what failed, or an empty string.
    QString build()
    {
        if (!m_temp.isValid())
            return m_temp.error().message();
        const QString problem = fixture.build(m_temp.db());
        m_temp.db().close();
        return problem;
    }

    QString path() const { return m_temp.path(); }

    // The database opened again, as the main window gets it.
    std::unique_ptr<Database> open() const
    {
        auto database = std::make_unique<Database>();
        if (database->open(m_temp.path(), TempDatabase::passphrase()))
            return nullptr;
        return database;
    }

    CrmFixture fixture;

private:
    TempDatabase m_temp;
};

// Shows window and waits until it has the keyboard. (QTest::qWaitForWindowActive() is satisfied
// by a dialog's parent being active; the keys would still go to the parent.)
inline bool showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

// Sends a key where a user's keyboard would send it: to the open popup (a completer's list),
// else to the focus widget.
inline void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::activePopupWidget();
    if (!target)
        target = QApplication::focusWidget();
    if (!target)
        qFatal("No widget has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

// Types into the focus widget.
inline void typeIntoFocus(const QString &text)
{
    QWidget *target = QApplication::focusWidget();
    if (!target)
        qFatal("No widget has the keyboard focus");
    typeText(target, text);
}

template <typename T> T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("No child %s", qPrintable(name));
    return found;
}

} // namespace frontline::test
