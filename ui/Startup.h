// Startup runs the GUI from its command line: reads the options, installs the language, gets a
// database open (the demo, a named file, or one chosen in the start dialog) and shows the main
// window, or takes a picture of it for the documentation.
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace frontline {

class Startup
{
    Q_DECLARE_TR_FUNCTIONS(frontline::Startup)
public:
    // Needs a QApplication; returns the process exit code.
    static int run(const QStringList &arguments);
};

} // namespace frontline
