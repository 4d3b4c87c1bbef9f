// Helpers for the GUI suites: settings of their own in a temporary folder, and a way to answer
// a modal dialog that the code under test opens with exec().
#pragma once

#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

namespace frontline::test {

// Points QSettings and QStandardPaths at throw-away locations; call first in initTestCase().
inline void isolateSettings(const QTemporaryDir &dir)
{
    using namespace Qt::StringLiterals;
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"FrontlineTest"_s);
    QCoreApplication::setApplicationName(u"FrontlineUiTest"_s);
    for (QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, dir.path());
    QSettings().clear();
}

// Types text into widget key by key. Unlike QTest::keyClicks() it also types characters outside
// Latin-1, such as the Chinese in TempDatabase's passphrase.
// With FRONTLINE_TEST_SHOTS=DIR set, saves a picture of widget as DIR/name.png, to look at
// what a test drove (layout, clipped text) without changing what it checks.
inline void saveShot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("FRONTLINE_TEST_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Answers the next modal dialog of type Dialog, opened by the code under test with exec(),
// by calling handle with it. Lives on the stack of one test, so it cannot answer another's.
template <typename Dialog> class DialogHandler
{
public:
    explicit DialogHandler(std::function<void(Dialog *)> handle) : m_handle(std::move(handle))
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget())) {
                m_timer.stop();
                m_handled = true;
                m_handle(dialog);
            }
        });
        m_timer.start();
    }

    // Whether such a dialog was shown.
    bool handled() const { return m_handled; }

private:
    std::function<void(Dialog *)> m_handle;
    QTimer m_timer;
    bool m_handled = false;
};

} // namespace frontline::test
