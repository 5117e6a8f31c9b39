// Drives <django-quiz> the way a learner does (Material Web's harness idea): the story driver plus
// the keyboard, which only the test runner can press.
import { sendKeys } from '@web/test-runner-commands';
import { QuizDriver } from '../../stories/quiz-driver.js';

export { loaded as settled } from '../../stories/story-helpers.js';

export class QuizHarness extends QuizDriver {
  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.el.updateComplete;
  }
}
