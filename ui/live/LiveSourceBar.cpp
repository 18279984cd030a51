// SPDX-License-Identifier: GPL-3.0-or-later
#include "live/LiveSourceBar.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace lc {

LiveSourceBar::LiveSourceBar(QWidget* parent)
    : QWidget(parent)
    , m_source(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_firehoseRow(new QWidget(this))
{
    setAccessibleName(tr("Stream source"));
    m_source->addItem(tr("Spout"), static_cast<int>(Source::Spout));
    m_source->addItem(tr("Firehose"), static_cast<int>(Source::Firehose));
    m_source->setAccessibleName(tr("Stream kind"));
    m_source->setToolTip(tr("Spout: LC Desk connects to LimaCharlie and pulls the stream.\n"
                            "Firehose: LC Desk listens here (TLS) and LimaCharlie pushes to it "
                            "through a temporary output."));
    m_type->setAccessibleName(tr("Stream type"));
    m_type->setToolTip(tr("Telemetry events, detections, audit entries, deployment events or "
                          "billing records (Spout only)"));

    m_tag = addField(tr("tag"), tr("Tag filter"), tr("Only sensors with this tag"));
    m_category = addField(tr("category"), tr("Detection category filter"),
                          tr("Only detections of this category"));
    m_sensor = addField(tr("sensor id"), tr("Sensor filter"), tr("Only this sensor"));
    m_investigation = addField(tr("investigation id"), tr("Investigation filter"),
                               tr("Only events of this investigation (the part before the "
                                  "first '/')"));
    m_listen = addField(
            tr("127.0.0.1:4443"), tr("Listen address"),
            tr("Where the Firehose listens: ip:port, or ip (port 443); :port listens on every "
               "interface and then needs a public destination"));
    m_listen->setText(QStringLiteral("127.0.0.1:4443"));
    m_outputName = addField(tr("output name"), tr("Output name"),
                            tr("The output is created as tmp_live_<name> and deleted at Stop. "
                               "Empty: only listen, create no output."));
    m_publicDestination = addField(tr("public host:port"), tr("Public destination"),
                                   tr("host:port that LimaCharlie connects to; default the "
                                      "listen address"));
    m_certificate = addField(tr("certificate file"), tr("Certificate file"),
                             tr("PEM certificate; with a key, the output checks it strictly. "
                                "Empty: a self-signed certificate is made"));
    m_key = addField(tr("key file"), tr("Key file"), tr("PEM private key of the certificate"));

    auto* sourceLabel = new QLabel(tr("S&ource:"), this);
    sourceLabel->setBuddy(m_source);
    auto* typeLabel = new QLabel(tr("T&ype:"), this);
    typeLabel->setBuddy(m_type);
    auto* firstRow = new QHBoxLayout;
    firstRow->setContentsMargins(0, 0, 0, 0);
    firstRow->addWidget(sourceLabel);
    firstRow->addWidget(m_source);
    firstRow->addWidget(typeLabel);
    firstRow->addWidget(m_type);
    for (QLineEdit* edit : {m_tag, m_category, m_sensor, m_investigation})
        firstRow->addWidget(edit, 1);

    auto* listenLabel = new QLabel(tr("Listen o&n:"), m_firehoseRow);
    listenLabel->setBuddy(m_listen);
    auto* secondRow = new QHBoxLayout(m_firehoseRow);
    secondRow->setContentsMargins(0, 0, 0, 0);
    secondRow->addWidget(listenLabel);
    secondRow->addWidget(m_listen, 1);
    secondRow->addWidget(m_outputName, 1);
    secondRow->addWidget(m_publicDestination, 1);
    secondRow->addWidget(m_certificate, 1);
    secondRow->addWidget(browseButton(m_certificate, tr("Certificate File")));
    secondRow->addWidget(m_key, 1);
    secondRow->addWidget(browseButton(m_key, tr("Key File")));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(firstRow);
    layout->addWidget(m_firehoseRow);

    connect(m_source, &QComboBox::currentIndexChanged, this, &LiveSourceBar::updateSourceFields);
    updateSourceFields();
}

QLineEdit* LiveSourceBar::addField(const QString& placeholder, const QString& accessibleName,
                                   const QString& toolTip)
{
    auto* edit = new QLineEdit(this);
    edit->setPlaceholderText(placeholder);
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(toolTip);
    edit->setClearButtonEnabled(true);
    connect(edit, &QLineEdit::returnPressed, this, &LiveSourceBar::submitted);
    return edit;
}

QToolButton* LiveSourceBar::browseButton(QLineEdit* edit, const QString& title)
{
    auto* button = new QToolButton(m_firehoseRow);
    button->setText(tr("…"));
    button->setAccessibleName(tr("Choose %1").arg(edit->accessibleName()));
    button->setToolTip(button->accessibleName());
    connect(button, &QToolButton::clicked, this, [this, edit, title] {
        auto* dialog = new QFileDialog(this, title, edit->text(),
                                       tr("PEM files (*.pem *.crt *.key);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
        dialog->open();
    });
    return button;
}

LiveSourceBar::Source LiveSourceBar::source() const
{
    return static_cast<Source>(m_source->currentData().toInt());
}

void LiveSourceBar::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(static_cast<int>(source)));
}

void LiveSourceBar::updateSourceFields()
{
    const QString current = m_type->currentText();
    const QStringList types =
            source() == Source::Spout ? SpoutOptions::types() : FirehoseOptions::types();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItems(types);
    m_type->setCurrentIndex(std::max(0, static_cast<int>(types.indexOf(current))));
    m_firehoseRow->setVisible(source() == Source::Firehose);
}

SpoutOptions LiveSourceBar::spoutOptions() const
{
    SpoutOptions options;
    options.type = m_type->currentText();
    options.tag = m_tag->text().trimmed();
    options.category = m_category->text().trimmed();
    options.sid = m_sensor->text().trimmed();
    options.investigationId = m_investigation->text().trimmed();
    return options;
}

bool LiveSourceBar::firehoseOptions(FirehoseOptions* options, QString* error) const
{
    FirehoseOptions result;
    QString problem;
    if (!FirehoseOptions::parseListenOn(m_listen->text().trimmed(), result.address, result.port,
                                        &problem)) {
        if (error)
            *error = tr("Listen on: %1").arg(problem);
        return false;
    }
    result.type = m_type->currentText();
    result.name = m_outputName->text().trimmed();
    result.publicDestination = m_publicDestination->text().trimmed();
    result.certificateFile = m_certificate->text().trimmed();
    result.keyFile = m_key->text().trimmed();
    if (result.certificateFile.isEmpty() != result.keyFile.isEmpty()) {
        if (error)
            *error = tr("Give both a certificate and its key, or neither (a self-signed "
                        "certificate is made).");
        return false;
    }
    result.tag = m_tag->text().trimmed();
    result.category = m_category->text().trimmed();
    result.sid = m_sensor->text().trimmed();
    result.investigationId = m_investigation->text().trimmed();
    *options = result;
    return true;
}

void LiveSourceBar::setEditable(bool editable)
{
    for (QWidget* widget : std::initializer_list<QWidget*>{
                 m_source, m_type, m_tag, m_category, m_sensor, m_investigation, m_firehoseRow})
        widget->setEnabled(editable);
}

} // namespace lc
