#include "widgets/aboutdialog.h"

#include "util/appinfo.h"
#include "widgets/appicon.h"
#include "widgets/mnemonics.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWizard>

using namespace Qt::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About %1").arg(AppInfo::displayName()));

    auto *icon = new QLabel(this);
    const int iconSize = fontMetrics().height() * 5;
    icon->setPixmap(AppIcon::icon().pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setAccessibleName(tr("Application icon"));

    m_text->setObjectName(u"aboutText"_s);
    m_text->setTextFormat(Qt::RichText);
    m_text->setText(AppInfo::aboutHtml());
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    // Tab reaches the links and Enter opens them, so the dialog works without a mouse.
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 62);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    Mnemonics::addMissing(buttons->buttons());

    auto *content = new QHBoxLayout;
    content->addWidget(icon);
    content->addSpacing(fontMetrics().averageCharWidth() * 2);
    content->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(content);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

QString AboutDialog::text() const
{
    return m_text->text();
}

void AboutDialog::attachTo(QWizard *wizard)
{
    wizard->setOption(QWizard::HaveHelpButton);
    wizard->setButtonText(QWizard::HelpButton, tr("Abo&ut…"));
    wizard->button(QWizard::HelpButton)->setObjectName(u"aboutButton"_s);
    connect(wizard, &QWizard::helpRequested, wizard, [wizard] {
        auto *dialog = wizard->findChild<AboutDialog *>(QString(), Qt::FindDirectChildrenOnly);
        if (!dialog)
            dialog = new AboutDialog(wizard);
        dialog->open();
    });
}
