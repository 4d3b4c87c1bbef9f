#include "io/RowSource.h"

#include "io/CsvReader.h"
#include "io/XlsReader.h"
#include "io/XlsxReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QTime>

using namespace Qt::StringLiterals;

namespace frontline::io {

namespace {

class RowSourceMessages
{
    Q_DECLARE_TR_FUNCTIONS(frontline::io::RowSource)
};

bool containsUtf16(const QByteArray &bytes, QStringView text)
{
    const QByteArray needle(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    return bytes.contains(needle);
}

} // namespace

bool SourceRow::isBlank() const
{
    for (const QVariant &cell : cells) {
        if (!cell.isValid() || cell.isNull())
            continue;
        if (cell.typeId() != QMetaType::QString)
            return false;
        for (const QChar c : *static_cast<const QString *>(cell.constData())) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

QString SourceRow::text(qsizetype column) const
{
    if (column < 0 || column >= cells.size())
        return {};
    const QVariant &cell = cells.at(column);
    switch (cell.typeId()) {
    case QMetaType::UnknownType:
        return {};
    case QMetaType::QString:
        return cell.toString();
    case QMetaType::Double:
        // The shortest text that reads back as the same double: 539.1, not 539.10000000000002.
        return QString::number(cell.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return cell.toDateTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case QMetaType::QTime:
        return cell.toTime().toString(u"HH:mm:ss"_s);
    case QMetaType::Bool:
        return cell.toBool() ? u"TRUE"_s : u"FALSE"_s;
    default:
        return cell.toString();
    }
}

std::unique_ptr<RowSource> openRowSource(const QString &path, const ReadOptions &options, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    auto failed = [&](const QString &message) -> std::unique_ptr<RowSource> {
        if (error)
            *error = message;
        return nullptr;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(RowSourceMessages::tr("Cannot open %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray head = file.read(512);
    const QString suffix = QFileInfo(path).suffix().toLower();

    if (head.startsWith("PK\x03\x04")) {
        file.close();
        auto reader = std::make_unique<XlsxReader>(options);
        if (!reader->open(path)) {
            // A zip, but not a workbook: say what it probably is rather than "part missing".
            if (head.contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet") || suffix == u"ods")
                return failed(RowSourceMessages::tr("%1 is an OpenDocument spreadsheet (.ods). Open it in "
                                                    "WPS, LibreOffice or Excel and save it as .xlsx or .csv.")
                                  .arg(name));
            return failed(reader->errorString());
        }
        return reader;
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        // An OLE compound file: Excel 97–2003, or an .xlsx that was saved with a password
        // (the encrypted package lives in such a file).
        QByteArray start = head + file.read(1 << 20);
        if (containsUtf16(start, u"EncryptedPackage"))
            return failed(RowSourceMessages::tr("%1 is protected with a password. Open it in Excel or WPS, "
                                                "remove the password and save it again.")
                              .arg(name));
        // Excel 97–2003 (.xls): through FreeXL, or a message saying how to get it.
        file.close();
        auto reader = std::make_unique<XlsReader>(options);
        if (!reader->open(path))
            return failed(reader->errorString());
        return reader;
    }
    // Many ERP systems export an HTML table with an .xls extension.
    const QByteArray lower = head.trimmed().toLower();
    if (lower.contains("<html") || lower.startsWith("<table") || lower.startsWith("<!doctype html") ||
        (lower.startsWith("<?xml") && lower.contains("urn:schemas-microsoft-com:office:spreadsheet")))
        return failed(RowSourceMessages::tr("%1 is a web page or XML file with a spreadsheet extension, not "
                                            "a workbook. Open it in Excel or WPS and save it as .xlsx or "
                                            ".csv.")
                          .arg(name));
    file.close();

    auto reader = std::make_unique<CsvReader>(options);
    if (!reader->open(path))
        return failed(reader->errorString());
    return reader;
}

} // namespace frontline::io
