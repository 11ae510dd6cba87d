import { ActivityTypes, type Activity, type BotHandler } from 'botbuilder';

/**
 * Whether ActivityHandler's dispatch of this activity comes down to the one message handler
 * `own`: a message, and no handler registered but `own` (no onTurn, no onDialog, no second
 * onMessage). botbuilder's chain would then run the Turn handlers (none), the Message handler
 * and the Dialog handlers (none); calling `own`'s work directly does the same without the dozen
 * promises and closures of that chain a turn.
 *
 *   if (dispatchesToOwnMessageHandler(this.handlers, context.activity, this.messageHandler)) ...
 */
export function dispatchesToOwnMessageHandler(
  handlers: Readonly<Record<string, readonly BotHandler[] | undefined>>,
  activity: Partial<Activity> | undefined,
  own: BotHandler,
): boolean {
  const message = handlers.Message;
  return (
    activity?.type === ActivityTypes.Message &&
    !handlers.Turn?.length &&
    !handlers.Dialog?.length &&
    message?.length === 1 &&
    message[0] === own
  );
}

/** A conversation several people read: a group chat or a channel (Bot Framework's markers). */
export function isGroupConversation(activity: Partial<Activity>): boolean {
  const c = activity.conversation;
  return c?.isGroup === true || c?.conversationType === 'groupChat' || c?.conversationType === 'channel';
}
