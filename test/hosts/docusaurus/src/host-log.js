// The site's own code: a client module that listens for answers on the document.
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

if (ExecutionEnvironment.canUseDOM) {
  document.addEventListener('django-answer', (e) => {
    let log = document.querySelector('#host-log');
    if (!log) {
      log = document.createElement('output');
      log.id = 'host-log';
      document.body.append(log);
    }
    log.textContent += `${e.detail.questionId}: ${e.detail.correct ? 'right' : 'wrong'}\n`;
  });
}
