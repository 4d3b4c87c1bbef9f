// A frontline-cli command is one small class: its name, a one-line summary, the options it
// accepts beyond the global ones, and run(). Register it in main.cpp.
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

namespace frontline::cli {

class Context;

class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Positional arguments after the command name, for --help ("KIND FILE").
    virtual QString arguments() const { return {}; }
    virtual QList<QCommandLineOption> options() const { return {}; }
    // Returns the process exit code: 0 success, 1 failure, 2 usage error.
    virtual int run(Context &context) = 0;
};

} // namespace frontline::cli
