// SPDX-License-Identifier: GPL-3.0-or-later
#include "sensors/BatchResultsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include "BatchResultModel.h"
#include "sensors/SensorBatch.h"

namespace lc {

BatchResultsDialog::BatchResultsDialog(const QString& title, SensorBatch* batch,
                                       BatchResultModel* model, QWidget* parent)
    : QDialog(parent)
    , m_batch(batch)
    , m_model(model)
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_table(new QTableView(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_cancel(m_buttons->addButton(tr("Cancel Remaining"), QDialogButtonBox::ActionRole))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    model->setParent(this);

    m_summary->setAccessibleName(tr("Summary"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setRange(0, qMax(1, model->total()));

    m_table->setModel(model);
    m_table->setAccessibleName(tr("Results per sensor"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->resizeSection(0, 200);
    m_table->horizontalHeader()->resizeSection(1, 320);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(static_cast<int>(BatchResultModel::Column::Sid), true);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_batch)
            m_batch->cancel();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(model, &BatchResultModel::progress, this, &BatchResultsDialog::updateProgress);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(620, 360);
    updateProgress();
}

bool BatchResultsDialog::isFinished() const
{
    return m_model->isFinished();
}

void BatchResultsDialog::updateProgress()
{
    const int total = m_model->total();
    const int completed = m_model->completed();
    const int failed = m_model->failed();
    m_progress->setValue(completed);
    m_cancel->setEnabled(!isFinished());

    if (!isFinished())
        m_summary->setText(tr("%1 of %n sensor(s) done…", nullptr, total).arg(completed));
    else if (failed == 0)
        m_summary->setText(tr("Done for all %n sensor(s).", nullptr, total));
    else
        m_summary->setText(
                tr("Done: %1 succeeded, %n failed.", nullptr, failed).arg(completed - failed));
}

} // namespace lc
