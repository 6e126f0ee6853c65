// Minato Hub portal: the little behaviour pages need (no framework, no CDN).
(function () {
    'use strict';

    function csrfHeaders() {
        var token = document.querySelector('meta[name="csrf-token"]');
        var header = document.querySelector('meta[name="csrf-header"]');
        var headers = { 'Accept': 'application/json' };
        if (token && header) {
            headers[header.content] = token.content;
        }
        return headers;
    }

    // Repeated rows of a document form: a new row is the array's <template> with its placeholder numbered.
    function addRow(button) {
        var fieldset = button.closest('fieldset.rows');
        var list = fieldset.querySelector(':scope > .row-list');
        var template = fieldset.querySelector(':scope > template');
        var index = parseInt(list.dataset.nextRow || '0', 10);
        list.dataset.nextRow = String(index + 1);
        var html = template.innerHTML.split(list.dataset.placeholder).join(String(index));
        list.insertAdjacentHTML('beforeend', html);
    }

    document.addEventListener('click', function (event) {
        var target = event.target;
        if (target.matches('button.add-row')) {
            addRow(target);
        } else if (target.matches('button.remove-row')) {
            target.closest('.row').remove();
        }
    });

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (form.matches('form.confirm') && !window.confirm(form.dataset.confirm)) {
            event.preventDefault();
        }
        // the server refuses too, but a file far over the limit would be cut off before its CSRF token is read
        if (form.matches('form.attachment-upload')) {
            var input = form.querySelector('input[type=file]');
            var file = input && input.files[0];
            if (file && file.size > parseInt(form.dataset.maxBytes, 10)) {
                event.preventDefault();
                window.alert(form.dataset.tooLargeText);
            }
        }
    });

    // Progress of slow work: start a job, poll its JSON status, show a bar, offer the result.
    // The status is an export job's (GET /api/v1/exports/{id}): status, documentsDone / documentsTotal.
    var FINISHED = ['DONE', 'COMPLETED', 'SUCCEEDED', 'FINISHED', 'READY'];
    var FAILED = ['FAILED', 'ERROR', 'CANCELLED'];

    function fraction(status) {
        if (typeof status.progress === 'number') {
            return status.progress > 1 ? status.progress / 100 : status.progress;
        }
        if (typeof status.percent === 'number') {
            return status.percent / 100;
        }
        if (typeof status.documentsTotal === 'number' && status.documentsTotal > 0
                && typeof status.documentsDone === 'number') {
            return status.documentsDone / status.documentsTotal;
        }
        return null;
    }

    function Progress(element) {
        this.element = element;
        this.bar = element.querySelector('.progress');
        this.label = element.querySelector('.progress-label');
        this.download = element.querySelector('.progress-download');
        this.button = element.querySelector('.progress-start');
    }

    Progress.prototype.show = function (value, text) {
        this.bar.hidden = false;
        var inner = this.bar.querySelector('.bar');
        if (value === null) {
            this.bar.classList.add('indeterminate');
        } else {
            this.bar.classList.remove('indeterminate');
            inner.style.width = Math.round(Math.max(0, Math.min(1, value)) * 100) + '%';
        }
        this.label.textContent = text;
    };

    Progress.prototype.fail = function (detail) {
        this.bar.hidden = true;
        this.label.textContent = this.element.dataset.failedText + (detail ? ' (' + detail + ')' : '');
        this.button.disabled = false;
    };

    Progress.prototype.start = function () {
        var self = this;
        self.button.disabled = true;
        self.download.hidden = true;
        self.show(null, self.element.dataset.runningText);
        fetch(self.element.dataset.startUrl, { method: 'POST', headers: csrfHeaders(), credentials: 'same-origin' })
            .then(function (response) {
                return response.json().catch(function () { return {}; }).then(function (body) {
                    if (!response.ok) {
                        throw new Error(body.detail || response.status);
                    }
                    return body;
                });
            })
            .then(function (job) { self.poll(job.id); })
            .catch(function (error) { self.fail(error.message); });
    };

    Progress.prototype.poll = function (id) {
        var self = this;
        var url = self.element.dataset.statusUrl + encodeURIComponent(id);
        fetch(url, { headers: csrfHeaders(), credentials: 'same-origin' })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (status) {
                var state = String(status.status || status.state || '').toUpperCase();
                if (FAILED.indexOf(state) >= 0) {
                    self.fail(status.error || status.reason || state);
                } else if (FINISHED.indexOf(state) >= 0) {
                    self.show(1, self.element.dataset.doneText);
                    self.download.href = url + '/content';
                    self.download.hidden = false;
                    self.button.disabled = false;
                } else {
                    self.show(fraction(status), self.element.dataset.runningText);
                    window.setTimeout(function () { self.poll(id); }, 1000);
                }
            })
            .catch(function (error) { self.fail(error.message); });
    };

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('.progress-component').forEach(function (element) {
            var progress = new Progress(element);
            progress.button.addEventListener('click', function () { progress.start(); });
        });
    });
}());
