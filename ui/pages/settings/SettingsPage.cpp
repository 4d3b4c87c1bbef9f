#include "SettingsPage.h"

#include "Session.h"
#include "dialogs/ChangePassphraseDialog.h"
#include "pages/PageCatalog.h"
#include "security/IdleLock.h"
#include "security/Keychain.h"
#include "security/Permissions.h"
#include "settings/SharedSettings.h"
#include "ui_SettingsPage.h"
#include "util/Translations.h"
#include "widgets/StatusLabel.h"

#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace frontline {

namespace {
const QString LanguageKey = u"ui/language"_s;
} // namespace

SettingsPage::SettingsPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::SettingsPage>())
{
    m_ui->setupUi(this);
    m_ui->languageNote->setForegroundRole(QPalette::PlaceholderText);

    QComboBox *languages = m_ui->languageCombo;
    languages->addItem(QString(), QString()); // "System default", named in retranslateUi()
    for (const QString &language : Translations::available())
        languages->addItem(Translations::nativeName(language), language);
    languages->setCurrentIndex(qMax(0, languages->findData(savedLanguage())));

    // The company: shared by the team, so it lives in the database rather than in QSettings.
    m_companyGroup = new QGroupBox(m_ui->content);
    m_companyGroup->setObjectName(u"companyGroup"_s);
    m_companyLabel = new QLabel(m_companyGroup);
    m_companyName = new QLineEdit(m_companyGroup);
    m_companyName->setObjectName(u"companyName"_s);
    m_companyName->setMaxLength(120);
    m_companyLabel->setBuddy(m_companyName);
    m_saveCompany = new QPushButton(m_companyGroup);
    m_saveCompany->setObjectName(u"saveCompanyName"_s);
    m_companyStatus = new StatusLabel(m_companyGroup);
    auto *companyRow = new QHBoxLayout;
    companyRow->addWidget(m_companyName, 1);
    companyRow->addWidget(m_saveCompany);
    auto *companyForm = new QFormLayout(m_companyGroup);
    companyForm->addRow(m_companyLabel, companyRow);
    companyForm->addRow(QString(), m_companyStatus);
    m_ui->contentLayout->insertWidget(1, m_companyGroup);
    connect(m_saveCompany, &QPushButton::clicked, this, &SettingsPage::saveCompanyName);
    connect(m_companyName, &QLineEdit::returnPressed, this, &SettingsPage::saveCompanyName);

    connect(languages, &QComboBox::activated, this, &SettingsPage::selectLanguage);
    connect(m_ui->changePassphraseButton, &QPushButton::clicked, this, &SettingsPage::changePassphrase);
    connect(m_ui->forgetPassphraseButton, &QPushButton::clicked, this, &SettingsPage::forgetPassphrase);

    // The idle lock belongs to this computer, like the saved passphrase: it sits with it.
    m_idleLabel = new QLabel(m_ui->passphraseGroup);
    m_idleMinutes = new QSpinBox(m_ui->passphraseGroup);
    m_idleMinutes->setObjectName(u"idleLockMinutes"_s);
    m_idleMinutes->setRange(0, 240);
    m_idleMinutes->setValue(IdleLock::savedMinutes());
    m_idleLabel->setBuddy(m_idleMinutes);
    m_idleNote = new QLabel(m_ui->passphraseGroup);
    m_idleNote->setForegroundRole(QPalette::PlaceholderText);
    auto *idleRow = new QHBoxLayout;
    idleRow->addWidget(m_idleLabel);
    idleRow->addWidget(m_idleMinutes);
    idleRow->addWidget(m_idleNote, 1);
    m_ui->passphraseLayout->insertLayout(m_ui->passphraseLayout->count() - 1, idleRow);
    connect(m_idleMinutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        IdleLock::saveMinutes(minutes);
        Q_EMIT idleLockMinutesChanged(minutes);
    });

    retranslateUi();
    setDatabase(nullptr);
}

SettingsPage::~SettingsPage() = default;

QString SettingsPage::savedLanguage()
{
    return QSettings().value(LanguageKey).toString();
}

void SettingsPage::saveLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

void SettingsPage::setDatabase(Database *database)
{
    m_database = database;
    const bool open = database && database->isOpen();
    m_cipherInfo = open ? database->cipherInfo() : CipherInfo();
    m_schemaVersion = open ? database->schemaVersion() : -1;
    m_ui->databaseGroup->setEnabled(open);
    m_ui->passphraseGroup->setEnabled(open);
    m_ui->passphraseStatus->clearMessage();
    showDatabaseInfo();
    showCompanyName();
}

void SettingsPage::setSession(Session *session)
{
    m_session = session;
    if (session)
        connect(session, &Session::scopeChanged, this, &SettingsPage::showCompanyName);
    showCompanyName();
}

void SettingsPage::showCompanyName()
{
    m_companyStatus->clearMessage();
    const bool open = m_session && m_session->isOpen();
    m_companyGroup->setEnabled(open);
    if (!open) {
        m_companyName->clear();
        return;
    }
    SharedSettings settings(*m_session->database(), m_session->scope());
    m_companyName->setText(settings.companyName());
    const bool editable = Permissions(*m_session->database())
                              .allows(m_session->scope(), PermissionArea::Settings, PermissionAction::Edit);
    m_companyName->setReadOnly(!editable);
    m_saveCompany->setVisible(editable);
}

void SettingsPage::saveCompanyName()
{
    if (!m_session || !m_session->isOpen())
        return;
    QString error;
    if (SharedSettings(*m_session->database(), m_session->scope())
            .setValue(SharedSettings::CompanyName, m_companyName->text(), &error))
        m_companyStatus->showMessage(tr("Saved: reports print it in their header."), StatusLabel::Success);
    else
        m_companyStatus->showError(error);
}

void SettingsPage::setPassphraseChangeAllowed(bool allowed)
{
    m_ui->changePassphraseButton->setEnabled(allowed);
    m_ui->changePassphraseButton->setToolTip(
        allowed ? QString() : tr("Your role may not change the settings of this database."));
}

void SettingsPage::selectLanguage(int index)
{
    const QString language = m_ui->languageCombo->itemData(index).toString();
    saveLanguage(language);
    // Every widget hears of it through QEvent::LanguageChange and retranslates itself.
    Translations::install(language);
}

void SettingsPage::showDatabaseInfo()
{
    if (!m_database || !m_database->isOpen()) {
        const QString none = tr("No database is open.");
        m_ui->fileValue->setText(none);
        for (QLabel *value : {m_ui->schemaValue, m_ui->cipherValue, m_ui->keyDerivationValue,
                              m_ui->authenticationValue, m_ui->libraryValue})
            value->clear();
        return;
    }
    const QLocale locale;
    const CipherInfo &info = m_cipherInfo;
    m_ui->fileValue->setText(QDir::toNativeSeparators(m_database->path()));
    m_ui->schemaValue->setText(locale.toString(m_schemaVersion));
    m_ui->cipherValue->setText(
        tr("%1, in pages of %2 bytes").arg(info.cipher.toUpper(), locale.toString(info.pageSize)));
    m_ui->keyDerivationValue->setText(
        tr("%1, %2 iterations").arg(info.kdfAlgorithm, locale.toString(info.kdfIterations)));
    m_ui->authenticationValue->setText(info.hmac ? info.hmacAlgorithm : tr("Off"));
    m_ui->libraryValue->setText(tr("SQLCipher %1 on SQLite %2").arg(info.cipherVersion, info.sqliteVersion));
}

void SettingsPage::changePassphrase()
{
    if (!m_database)
        return;
    ChangePassphraseDialog dialog(*m_database, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // A passphrase saved on this computer is replaced, or it would no longer open the file.
    const QString entry = Keychain::entryForDatabase(m_database->path());
    if (Keychain::read(entry).status != Keychain::Ok) {
        m_ui->passphraseStatus->showMessage(tr("The passphrase is changed."), StatusLabel::Success);
        return;
    }
    QString problem;
    if (Keychain::write(entry, dialog.passphrase(), &problem) == Keychain::Ok) {
        m_ui->passphraseStatus->showMessage(tr("The passphrase is changed, here and in the system keychain."),
                                            StatusLabel::Success);
    } else {
        m_ui->passphraseStatus->showMessage(tr("The passphrase is changed, but the system keychain still "
                                               "holds the old one (%1). Frontline will "
                                               "ask for the new one next time.")
                                                .arg(problem),
                                            StatusLabel::Warning);
    }
}

void SettingsPage::forgetPassphrase()
{
    if (!m_database)
        return;
    QString problem;
    switch (Keychain::remove(Keychain::entryForDatabase(m_database->path()), &problem)) {
    case Keychain::Ok:
        m_ui->passphraseStatus->showMessage(tr("Forgotten: Frontline will ask for the passphrase next time."),
                                            StatusLabel::Success);
        break;
    case Keychain::NotFound:
        m_ui->passphraseStatus->showMessage(tr("No passphrase for this database is saved on this computer."),
                                            StatusLabel::Hint);
        break;
    case Keychain::Unavailable:
    case Keychain::Failed:
        m_ui->passphraseStatus->showMessage(tr("The system keychain could not be reached: %1").arg(problem),
                                            StatusLabel::Error);
        break;
    }
}

void SettingsPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
}

void SettingsPage::retranslateUi()
{
    m_ui->header->setTitle(PageCatalog::title(PageId::Settings));
    m_ui->header->setSubtitle(PageCatalog::description(PageId::Settings));
    m_ui->languageCombo->setItemText(0, tr("System default"));
    m_companyGroup->setTitle(tr("Company"));
    m_companyLabel->setText(tr("Company &name:"));
    m_companyName->setPlaceholderText(tr("Printed in the header of reports and the dashboard"));
    m_saveCompany->setText(tr("Save"));
    m_idleLabel->setText(tr("&Lock after"));
    m_idleMinutes->setSuffix(tr(" min without use"));
    m_idleMinutes->setSpecialValueText(tr("never"));
    m_idleNote->setText(tr("Locking closes the database and wipes its passphrase from memory."));
    showDatabaseInfo();
}

} // namespace frontline
