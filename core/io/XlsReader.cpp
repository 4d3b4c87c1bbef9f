#include "io/XlsReader.h"

#include "io/XlsProtocol.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace frontline::io {

namespace protocol = xlsprotocol;

namespace {

// A little above the helper's own CPU limit (120 s): a helper blocked without using CPU is
// stopped here.
constexpr int QuietLimitMs = 150'000;

} // namespace

XlsReader::XlsReader(const ReadOptions &options) : m_options(options) {}

XlsReader::~XlsReader()
{
    endHelper(true);
}

bool XlsReader::isAvailable()
{
#ifdef FRONTLINE_HAVE_FREEXL
    return true;
#else
    return false;
#endif
}

QString XlsReader::helperPath()
{
    const QString configured = qEnvironmentVariable("FRONTLINE_XLS_HELPER");
    if (!configured.isEmpty())
        return configured;
#ifdef Q_OS_WIN
    const QString name = u"frontline-xls.exe"_s;
#else
    const QString name = u"frontline-xls"_s;
#endif
    const QDir dir(QCoreApplication::applicationDirPath());
    QStringList places{dir.filePath(name)};
#ifdef Q_OS_MACOS
    // The GUI runs in frontline.app/Contents/MacOS, where the helper is installed; in the build
    // tree it is beside the bundle. frontline-cli next to the bundle finds it inside.
    places << dir.filePath(u"../../../"_s + name) << dir.filePath(u"frontline.app/Contents/MacOS/"_s + name);
#endif
    for (const QString &place : std::as_const(places)) {
        if (QFileInfo(place).isFile())
            return QDir::cleanPath(place);
    }
    return places.first();
}

QString XlsReader::format() const
{
    return u"xls"_s;
}

bool XlsReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

double XlsReader::progress() const
{
    return m_rows == 0 ? 1.0 : std::min(1.0, double(m_rowsRead) / double(m_rows));
}

void XlsReader::endHelper(bool kill)
{
    if (!m_process)
        return;
    // After End or Error the helper exits by itself; otherwise it is stopped.
    if (m_process->state() != QProcess::NotRunning && (kill || !m_process->waitForFinished(2000))) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    m_process.reset();
}

XlsReader::Received XlsReader::receive(QByteArray &body)
{
    if (!m_process)
        return Received::Stopped;
    QDeadlineTimer quiet(QuietLimitMs);
    for (;;) {
        if (m_process->bytesAvailable() >= 4) {
            const QByteArray head = m_process->peek(4);
            const quint32 size = qFromBigEndian<quint32>(head.constData());
            if (size == 0 || size > protocol::MaxFrameSize)
                return Received::Malformed;
            if (m_process->bytesAvailable() >= qint64(size) + 4) {
                m_process->skip(4);
                body = m_process->read(size);
                return body.size() == qint64(size) ? Received::Frame : Received::Malformed;
            }
        }
        // Whatever it wrote before it ended is in the buffer by now.
        if (m_process->state() == QProcess::NotRunning)
            return Received::Stopped;
        if (quiet.hasExpired())
            return Received::TimedOut;
        if (m_process->waitForReadyRead(int(std::min<qint64>(quiet.remainingTime(), 1000))))
            quiet.setRemainingTime(QuietLimitMs);
    }
}

bool XlsReader::stopped(Received why)
{
    endHelper(true);
    if (why == Received::TimedOut)
        return fail(
            tr("%1 could not be read: the Excel 97–2003 reader gave no answer for %2 seconds (the file "
               "may be damaged). Open it in Excel or WPS and save it as .xlsx or .csv.")
                .arg(m_fileName)
                .arg(QuietLimitMs / 1000));
    return fail(tr("%1 could not be read: the Excel 97–2003 reader stopped on it (the file may be damaged). "
                   "Open it in Excel or WPS and save it as .xlsx or .csv.")
                    .arg(m_fileName));
}

bool XlsReader::failedOn(qint32 code, qint64 number, const QString &text)
{
    endHelper(false);
    switch (XlsError(code)) {
    case XlsError::NotAWorkbook:
        return fail(tr("%1 could not be read as an Excel 97–2003 workbook (FreeXL error %2). Open it in "
                       "Excel or WPS and save it as .xlsx or .csv.")
                        .arg(m_fileName)
                        .arg(number));
    case XlsError::Password:
        return fail(tr("%1 is protected with a password. Open it in Excel or WPS, remove the password and "
                       "save it again.")
                        .arg(m_fileName));
    case XlsError::NoWorksheet:
        return fail(tr("%1 has no worksheet.").arg(m_fileName));
    case XlsError::UnknownSheet:
        return fail(tr("%1 has no sheet named \"%2\"; its sheets are: %3.")
                        .arg(m_fileName, text, m_sheets.join(u", "_s)));
    case XlsError::SheetUnreadable:
        return fail(tr("The sheet \"%1\" in %2 could not be read.").arg(text, m_fileName));
    case XlsError::RowUnreadable:
        return fail(
            tr("Row %1 of the sheet \"%2\" in %3 could not be read.").arg(number).arg(text, m_fileName));
    case XlsError::None:
        break;
    }
    return stopped(Received::Malformed);
}

#ifdef FRONTLINE_HAVE_FREEXL

namespace {

// The frame's type, read from a stream over its body.
bool frameType(QDataStream &in, protocol::Frame &type)
{
    in.setVersion(protocol::StreamVersion);
    quint8 t = 0;
    in >> t;
    type = protocol::Frame(t);
    return in.status() == QDataStream::Ok;
}

// Every field read and nothing left over.
bool whole(const QDataStream &in)
{
    return in.status() == QDataStream::Ok && in.atEnd();
}

} // namespace

bool XlsReader::open(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    const QString helper = helperPath();
    const QFileInfo helperInfo(helper);
    if (!helperInfo.isFile() || !helperInfo.isExecutable())
        return fail(tr("%1 cannot be read: Frontline's reader of Excel 97–2003 files (%2) is missing. "
                       "Reinstall Frontline, or open the file in Excel or WPS and save it as .xlsx or .csv.")
                        .arg(m_fileName, QDir::toNativeSeparators(helper)));

    m_process = std::make_unique<QProcess>();
    m_process->setProgram(helper);
    QStringList arguments{QFileInfo(path).absoluteFilePath()};
    if (!m_options.sheet.isEmpty())
        arguments << m_options.sheet;
    m_process->setArguments(arguments);
    m_process->setStandardInputFile(QProcess::nullDevice());
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(QIODevice::ReadOnly);
    if (!m_process->waitForStarted(30000)) {
        const QString why = m_process->errorString();
        endHelper(true);
        return fail(tr("%1 cannot be read: Frontline's reader of Excel 97–2003 files (%2) could not be "
                       "started (%3). Reinstall Frontline, or open the file in Excel or WPS and save it as "
                       ".xlsx or .csv.")
                        .arg(m_fileName, QDir::toNativeSeparators(helper), why));
    }

    // Hello; the sheet names; the sheet chosen. An Error frame instead of either of the last two.
    QByteArray body;
    protocol::Frame type{};
    Received got = receive(body);
    if (got != Received::Frame)
        return stopped(got);
    {
        QDataStream in(body);
        quint32 magic = 0;
        quint32 version = 0;
        if (!frameType(in, type) || type != protocol::Frame::Hello)
            return stopped(Received::Malformed);
        in >> magic >> version;
        if (!whole(in) || magic != protocol::Magic)
            return stopped(Received::Malformed);
        if (version != protocol::Version) {
            endHelper(true);
            return fail(tr("%1 cannot be read: Frontline's reader of Excel 97–2003 files (%2) belongs to "
                           "another version of Frontline. Reinstall Frontline, or open the file in Excel or "
                           "WPS and save it as .xlsx or .csv.")
                            .arg(m_fileName, QDir::toNativeSeparators(helper)));
        }
    }
    for (int step = 0; step < 2; ++step) {
        got = receive(body);
        if (got != Received::Frame)
            return stopped(got);
        QDataStream in(body);
        if (!frameType(in, type))
            return stopped(Received::Malformed);
        if (type == protocol::Frame::Error) {
            qint32 code = 0;
            qint64 number = 0;
            QString text;
            in >> code >> number >> text;
            return whole(in) ? failedOn(code, number, text) : stopped(Received::Malformed);
        }
        if (step == 0 && type == protocol::Frame::Sheets) {
            in >> m_sheets;
            if (!whole(in) || m_sheets.isEmpty())
                return stopped(Received::Malformed);
        } else if (step == 1 && type == protocol::Frame::Selected) {
            qint32 index = -1;
            in >> index >> m_rows;
            if (!whole(in) || index < 0 || index >= m_sheets.size())
                return stopped(Received::Malformed);
            m_sheet = m_sheets.at(index);
        } else {
            return stopped(Received::Malformed);
        }
    }
    m_rowsRead = 0;
    m_done = false;
    return true;
}

bool XlsReader::next(SourceRow &row)
{
    if (!m_process || m_done || !m_error.isEmpty())
        return false;
    QByteArray body;
    const Received got = receive(body);
    if (got != Received::Frame)
        return stopped(got);
    QDataStream in(body);
    protocol::Frame type{};
    if (!frameType(in, type))
        return stopped(Received::Malformed);
    switch (type) {
    case protocol::Frame::Row: {
        qint64 number = 0;
        quint32 rowsRead = 0;
        quint32 count = 0;
        in >> number >> rowsRead >> count;
        if (in.status() != QDataStream::Ok || number < 1 || number > rowsRead || rowsRead > m_rows ||
            rowsRead < m_rowsRead || count > protocol::MaxCells)
            return stopped(Received::Malformed);
        QList<QVariant> cells;
        cells.reserve(count);
        for (quint32 i = 0; i < count; ++i) {
            QVariant cell;
            if (!protocol::readCell(in, cell) || in.status() != QDataStream::Ok)
                return stopped(Received::Malformed);
            cells.append(std::move(cell));
        }
        if (!whole(in))
            return stopped(Received::Malformed);
        m_rowsRead = rowsRead;
        row.number = number;
        row.cells = std::move(cells);
        row.hidden = false; // FreeXL does not say which rows are hidden
        return true;
    }
    case protocol::Frame::End:
        if (!whole(in))
            return stopped(Received::Malformed);
        m_done = true;
        m_rowsRead = m_rows;
        endHelper(false);
        return false;
    case protocol::Frame::Error: {
        qint32 code = 0;
        qint64 number = 0;
        QString text;
        in >> code >> number >> text;
        return whole(in) ? failedOn(code, number, text) : stopped(Received::Malformed);
    }
    default:
        return stopped(Received::Malformed);
    }
}

#else

bool XlsReader::open(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    return fail(tr("%1 is an Excel 97–2003 workbook (.xls). This copy of Frontline was built without "
                   "FreeXL, which reads them: install FreeXL (Debian/Ubuntu: libfreexl-dev; macOS: brew "
                   "install freexl) and build again, or open the file in Excel or WPS and save it as .xlsx "
                   "or .csv.")
                    .arg(m_fileName));
}

bool XlsReader::next(SourceRow &)
{
    return false;
}

#endif

} // namespace frontline::io
