// frontline: the desktop application. Everything but the process set-up lives in frontline_ui.
#include "Startup.h"
#include "security/Bootstrap.h"

#include <frontline/Version.h>

#include <QApplication>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    frontline::hardenProcess();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Frontline"_s);
    QApplication::setApplicationName(u"Frontline"_s);
    QApplication::setApplicationVersion(QStringLiteral(FRONTLINE_VERSION));
    return frontline::Startup::run(QApplication::arguments());
}
