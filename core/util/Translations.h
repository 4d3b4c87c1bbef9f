// Translations loads Frontline's own catalogue (compiled into frontline_core) and Qt's, for the
// language the user chose or the system locale. Used by the GUI and the CLI alike.
#pragma once

#include <QString>
#include <QStringList>

namespace frontline {

class Translations
{
public:
    // "zh_CN", "en"; the first entry of the list is the default for unknown locales.
    static QStringList available();
    // language: "zh_CN", "en", or empty for the system locale. Replaces what was installed
    // before (QEvent::LanguageChange reaches every widget). Returns the language installed.
    static QString install(const QString &language = QString());
    static QString current();
    // The language's own name, for the language chooser ("简体中文", "English").
    static QString nativeName(const QString &language);
};

} // namespace frontline
