package harbinger.store;

import harbinger.error.EngineException;

/** The store cannot be opened, read or written (I/O error, corrupt or foreign file, SQL error in the store's own queries). */
public class StoreException extends EngineException {
  public StoreException(String message) { super(message); }
  public StoreException(String message, Throwable cause) { super(message, cause); }
}
