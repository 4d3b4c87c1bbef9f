// From a file's header cells to a kind's fields: header synonyms (Chinese and English, the export
// headers of Zoho CRM, Salesforce, 纷享销客 and Odoo), the header row found among the first rows
// (after title rows, blank rows and merged title cells), and user corrections from a saved
// profile or a JSON file:
//   {"columns": {"客户全称": "name", "备用电话": "phone", "内部备注": ""}, "header_row": 3}
// A column mapped to "" is ignored on purpose.
#pragma once

#include "ImportTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace frontline {

class Database;

class ImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(frontline::ImportMapping)
public:
    static constexpr int HeaderSearchRows = 30;

    // The field a header names, "" when none.
    static QString fieldFor(const QString &header, const QList<ImportField> &fields);
    // The index in rows of the header row: the row whose cells name the most distinct fields
    // (at least two, or one when the kind has a single required field and nothing better); -1
    // when none does.
    static int detectHeader(const QList<io::SourceRow> &rows, const QList<ImportField> &fields);
    // Maps the header cells; profile "columns" override the synonyms. Errors (a profile naming
    // a field the kind does not have) go to *errors.
    static QList<ColumnMapping> map(const QStringList &headers, const QList<ImportField> &fields,
                                    const QJsonObject &profile, QStringList *errors = nullptr);
    // The mapping as a profile document (to save it).
    static QJsonObject toProfile(const QList<ColumnMapping> &columns);

    // Saved profiles (import_profile). load() also reads a JSON file when name is a path.
    static bool save(Database &db, const QString &kind, const QString &name, const QJsonObject &profile,
                     QString *error = nullptr);
    static std::optional<QJsonObject> load(Database &db, const QString &kind, const QString &nameOrFile,
                                           QString *error = nullptr);
    static QStringList profiles(Database &db, const QString &kind);
};

} // namespace frontline
