import { ActivityHandler, ActivityTypes, type BotHandler } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { dispatchesToOwnMessageHandler } from '../../src/bot/messageDispatch.js';

/** An ActivityHandler whose registered handlers the test can read (they are protected). */
class Probe extends ActivityHandler {
  registered(): Record<string, BotHandler[]> {
    return this.handlers;
  }
}

const own: BotHandler = async (_context, next) => next();
const message = { type: ActivityTypes.Message };

describe('a message dispatched straight to the bot’s own handler', () => {
  it('is direct only for a message whose one handler is the bot’s own', () => {
    const bot = new Probe().onMessage(own);
    expect(dispatchesToOwnMessageHandler(bot.registered(), message, own)).toBe(true);
    expect(dispatchesToOwnMessageHandler(bot.registered(), { type: ActivityTypes.Event }, own)).toBe(false);
    expect(dispatchesToOwnMessageHandler(bot.registered(), undefined, own)).toBe(false);
    expect(dispatchesToOwnMessageHandler(bot.registered(), message, async (_c, next) => next())).toBe(
      false,
    );
  });

  it('goes through botbuilder’s chain when an onTurn, onDialog or second onMessage handler is registered', () => {
    const withTurn = new Probe().onMessage(own).onTurn(async (_c, next) => next());
    const withDialog = new Probe().onMessage(own).onDialog(async (_c, next) => next());
    const twoMessages = new Probe().onMessage(own).onMessage(async (_c, next) => next());
    for (const bot of [withTurn, withDialog, twoMessages])
      expect(dispatchesToOwnMessageHandler(bot.registered(), message, own)).toBe(false);
    expect(dispatchesToOwnMessageHandler(new Probe().registered(), message, own)).toBe(false);
  });
});
