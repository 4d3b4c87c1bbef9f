#include "SettingsCommand.h"

#include "Context.h"
#include "settings/SharedSettings.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace frontline::cli {

int SettingsCommand::run(Context &context)
{
    const QStringList args = context.arguments();
    const QString sub = args.value(0, u"list"_s);
    const bool valid = (sub == u"list"_s && args.size() <= 1) || (sub == u"get"_s && args.size() == 2) ||
                       (sub == u"set"_s && args.size() == 3);
    if (!valid)
        return context.usageError(tr("Use: frontline-cli settings %1").arg(arguments()));
    if (sub != u"list"_s && !SharedSettings::keys().contains(args.at(1)))
        return context.usageError(
            tr("Unknown setting \"%1\": use %2.").arg(args.at(1), SharedSettings::keys().join(u", "_s)));

    Database db;
    if (!context.openDatabase(db, sub != u"set"_s))
        return Failure;
    const std::optional<AccessScope> scope = context.scope(db);
    if (!scope)
        return Failure;
    SharedSettings settings(db, *scope);
    if (sub == u"set"_s) {
        QString error;
        if (!settings.setValue(args.at(1), args.at(2), &error))
            return context.fail(error);
    }
    if (sub == u"list"_s) {
        QJsonObject json;
        QList<QStringList> rows;
        for (const QString &key : SharedSettings::keys()) {
            json.insert(key, settings.value(key));
            rows << QStringList{key, SharedSettings::title(key), settings.value(key)};
        }
        if (context.json())
            context.print(json, QString());
        else
            context.printTable({tr("Key"), tr("Setting"), tr("Value")}, rows);
        return Success;
    }
    const QString value = settings.value(args.at(1));
    context.print(QJsonObject{{args.at(1), value}}, value);
    return Success;
}

} // namespace frontline::cli
